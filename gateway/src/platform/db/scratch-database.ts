import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from './orm';

export interface ScratchDatabase {
  database: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * A new, empty database for one test file or one tool run: a SQLite file in a temporary folder, or —
 * when `postgresUrl` is given — a fresh PostgreSQL database created beside the one the URL names.
 */
export async function createScratchDatabase(postgresUrl?: string): Promise<ScratchDatabase> {
  if (!postgresUrl) {
    const folder = mkdtempSync(join(tmpdir(), 'customer-corner-'));
    return {
      database: { kind: 'sqlite', path: join(folder, 'scratch.sqlite') },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `cc_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgresql', url: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
