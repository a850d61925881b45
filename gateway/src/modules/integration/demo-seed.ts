import type { MikroORM } from '@mikro-orm/core';
import { todayIso } from '../../core/iso-date';
import { Customer } from '../customers/customer.entity';
import { generateDemoBatches } from './demo-data-generator';
import { IngestionService, type IngestionSummary } from './ingestion.service';

/** Loads the demo set through the ingestion path (INT-3) when the database has no customer yet. */
export async function seedDemoDataIfEmpty(orm: MikroORM, now: Date): Promise<IngestionSummary[] | null> {
  const customers = await orm.em.fork().count(Customer, {});
  if (customers > 0) return null;
  const ingestion = new IngestionService(orm, { now: () => now });
  const summaries: IngestionSummary[] = [];
  for (const batch of generateDemoBatches(todayIso(now))) summaries.push(await ingestion.ingest(batch));
  return summaries;
}
