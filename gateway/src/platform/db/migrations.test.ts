import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, pendingSchemaDrift } from '../../app/database';
import { createScratchDatabase } from './scratch-database';

describe('migrations', () => {
  it('bring an empty database exactly to the entities: an entity change without a migration fails here', async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL);
    const orm = await openDatabase(scratch.database);
    try {
      const applied = await migrate(orm);
      expect(applied.length).toBeGreaterThanOrEqual(1);
      expect(await pendingSchemaDrift(orm)).toBe('');
      // running them again is a no-op
      expect(await migrate(orm)).toEqual([]);
    } finally {
      await orm.close(true);
      await scratch.drop();
    }
  });
});
