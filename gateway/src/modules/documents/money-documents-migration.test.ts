import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../app/database';
import { createScratchDatabase } from '../../platform/db/scratch-database';

/**
 * Issue #12 §1 §2: the migration that adds the direct-debit mandate to documents and the VAT category
 * to lines fills them in for what is already stored — nothing published before is lost or left wrong.
 */
const BEFORE = 'Migration20261126115921_requests';
const AT = '2026-01-01T00:00:00.000Z';

describe('money documents migration (issue #12 §1 §2)', () => {
  it('gives existing direct-debit invoices their mandate and existing 0 % lines their category, on SQLite and PostgreSQL', async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL);
    const orm = await openDatabase(scratch.database);
    try {
      await orm.getMigrator().up({ to: BEFORE });
      const sql = (statement: string, params: unknown[] = []) => orm.em.getConnection().execute(statement, params);
      await sql(
        'insert into customer (id, created_at, updated_at, upstream_id, customer_number, name, enterprise_number, registered_street, ' +
          "registered_postal_code, registered_city, registered_country, language) values ('c1', ?, ?, 'C1', '10000001', 'Atelier', " +
          "'0403170701', 'Rue 1', '4000', 'Liège', 'BE', 'fr')",
        [AT, AT],
      );
      const contract = (id: string, kind: string, method: string, mandate: string | null) =>
        sql(
          'insert into contract (id, created_at, updated_at, upstream_id, customer_id, contract_number, kind, status, object_summary, ' +
            'start_date, end_date, duration_months, number_of_installments, periodicity, payment_timing, financed_amount_cents, ' +
            'annual_rate_percent, residual_value_cents, periodic_amount_cents, payment_method, sepa_mandate_reference, supplier_name) ' +
            "values (?, ?, ?, ?, 'c1', ?, ?, 'ACTIVE', 'Thing', '2026-01-01', '2030-12-31', 60, 60, 'MONTHLY', 'IN_ARREARS', 100000, " +
            "'4', 0, 2000, ?, ?, 'Supplier')",
          [id, AT, AT, id, id.toUpperCase(), kind, method, mandate],
        );
      await contract('k-dd', 'LEASING', 'SEPA_DIRECT_DEBIT', 'MDT-1');
      await contract('k-cl', 'CREDIT_LINE', 'BANK_TRANSFER', null);
      const document = (id: string, kind: string, contractId: string | null) =>
        sql(
          'insert into document (id, created_at, updated_at, upstream_id, customer_id, contract_id, kind, number, issue_date, ' +
            "currency, net_cents, vat_cents, total_cents) values (?, ?, ?, ?, 'c1', ?, ?, ?, '2026-11-20', 'EUR', 100, 0, 100)",
          [id, AT, AT, id, contractId, kind, id.toUpperCase()],
        );
      await document('d-dd', 'INVOICE', 'k-dd');
      await document('d-cn', 'CREDIT_NOTE', 'k-dd');
      await document('d-cl', 'INVOICE', 'k-cl');
      await document('d-free', 'INVOICE', null);
      const line = (id: string, documentId: string, rate: string) =>
        sql(
          'insert into document_line (id, created_at, updated_at, document_id, position, description, quantity, unit_price_cents, ' +
            "vat_rate_percent, net_cents, vat_cents) values (?, ?, ?, ?, 1, 'Line', '1', 100, ?, 100, 0)",
          [id, AT, AT, documentId, rate],
        );
      await line('l-dd', 'd-dd', '21');
      await line('l-cl', 'd-cl', '0');
      await line('l-free', 'd-free', '0.00');

      await migrate(orm);

      expect(await sql('select id, direct_debit_mandate_reference as m from document order by id')).toEqual([
        { id: 'd-cl', m: null },
        // a credit note is refunded, never collected
        { id: 'd-cn', m: null },
        { id: 'd-dd', m: 'MDT-1' },
        { id: 'd-free', m: null },
      ]);
      expect(await sql('select id, vat_category as c, vat_exemption_basis as b from document_line order by id')).toEqual([
        { id: 'l-cl', c: 'E', b: 'CREDIT_GRANTING' },
        { id: 'l-dd', c: 'S', b: null },
        // what it was published as until now, until the core system restates it
        { id: 'l-free', c: 'Z', b: null },
      ]);
    } finally {
      await orm.close(true);
      await scratch.drop();
    }
  });
});
