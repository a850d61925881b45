import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Fixed-window counters shared by every replica (ACC-6 per-IP throttling, API-4 per session/token). */
@Entity({ tableName: 'rate_limit_counter' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  count!: number;
}
