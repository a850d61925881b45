import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewaySchema, printGatewaySchema } from '../app/schema';

/** Writes schema/schema.graphql; with --check, fails when the committed file is stale (API-2). */
const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const printed = printGatewaySchema(await gatewaySchema());
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing file: reported below
    }
    if (committed !== printed) {
      console.error('schema/schema.graphql is stale: run `pnpm schema:emit` and commit the result.');
      process.exitCode = 1;
      return;
    }
    console.log('schema/schema.graphql matches the code.');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
