import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../app/database';
import { createScratchDatabase } from '../../platform/db/scratch-database';

/**
 * Issue #18 item 9 (CON-2, X-2): the migration that gives the early-termination rule one column per
 * language puts the text stored so far in the column of its customer's language of correspondence.
 */
const BEFORE = 'Migration20261203132308_money_documents';
const AT = '2026-01-01T00:00:00.000Z';

describe('early-termination rule per language migration (issue #18 item 9)', () => {
  it("moves each stored rule to its customer's language, on SQLite and PostgreSQL", async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL);
    const orm = await openDatabase(scratch.database);
    try {
      await orm.getMigrator().up({ to: BEFORE });
      const sql = (statement: string, params: unknown[] = []) => orm.em.getConnection().execute(statement, params);
      const customer = (id: string, number: string, language: string) =>
        sql(
          'insert into customer (id, created_at, updated_at, upstream_id, customer_number, name, enterprise_number, registered_street, ' +
            "registered_postal_code, registered_city, registered_country, language) values (?, ?, ?, ?, ?, 'Company', " +
            "'0403170701', 'Rue 1', '4000', 'Liège', 'BE', ?)",
          [id, AT, AT, id.toUpperCase(), number, language],
        );
      await customer('c-fr', '10000001', 'fr');
      await customer('c-nl', '10000002', 'nl');
      await customer('c-en', '10000003', 'en');
      const contract = (id: string, customerId: string, rule: string | null) =>
        sql(
          'insert into contract (id, created_at, updated_at, upstream_id, customer_id, contract_number, kind, status, object_summary, ' +
            'start_date, end_date, duration_months, number_of_installments, periodicity, payment_timing, financed_amount_cents, ' +
            'annual_rate_percent, residual_value_cents, periodic_amount_cents, payment_method, supplier_name, early_termination_rule) ' +
            "values (?, ?, ?, ?, ?, ?, 'LEASING', 'ACTIVE', 'Thing', '2026-01-01', '2030-12-31', 60, 60, 'MONTHLY', 'IN_ARREARS', " +
            "100000, '4', 0, 2000, 'BANK_TRANSFER', 'Supplier', ?)",
          [id, AT, AT, id, customerId, id.toUpperCase(), rule],
        );
      await contract('k-fr', 'c-fr', "Capital restant dû majoré d'une indemnité de 3 %");
      await contract('k-nl', 'c-nl', 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %');
      await contract('k-en', 'c-en', 'Outstanding capital plus an indemnity of 3 %');
      await contract('k-none', 'c-nl', null);
      await contract('k-empty', 'c-fr', '  ');

      await migrate(orm);

      expect(
        await sql(
          'select id, early_termination_rule_fr as fr, early_termination_rule_nl as nl, early_termination_rule_en as en ' +
            'from contract order by id',
        ),
      ).toEqual([
        { id: 'k-empty', fr: null, nl: null, en: null },
        { id: 'k-en', fr: null, nl: null, en: 'Outstanding capital plus an indemnity of 3 %' },
        { id: 'k-fr', fr: "Capital restant dû majoré d'une indemnité de 3 %", nl: null, en: null },
        { id: 'k-nl', fr: null, nl: 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %', en: null },
        { id: 'k-none', fr: null, nl: null, en: null },
      ]);
    } finally {
      await orm.close(true);
      await scratch.drop();
    }
  });
});
