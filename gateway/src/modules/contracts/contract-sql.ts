import { likePattern } from '../../platform/db/like-pattern';

/**
 * The SQL text of the contracts read path (issue #8), as pure functions (no entity, no GraphQL, no
 * ORM): the service runs these statements, and the bench floor (bench/floor/floor-server.mjs) imports
 * them from the build so that it runs exactly the gateway's statements (issue #17 §1).
 */

export const CONTRACT_COLUMNS =
  'c.id, c.contract_number, c.kind, c.status, c.object_summary, c.start_date, c.end_date, c.duration_months, ' +
  'c.number_of_installments, c.periodicity, c.payment_timing, c.financed_amount_cents, c.annual_rate_percent, ' +
  'c.residual_value_cents, c.periodic_amount_cents, c.vat_rate_percent, c.payment_method, c.sepa_mandate_reference, ' +
  'c.supplier_name, c.early_termination_rule_fr, c.early_termination_rule_nl, c.early_termination_rule_en, c.activated_at, ' +
  // a scalar subquery on the customer's primary key: still one statement per page (issue #8)
  '(select cu.language from customer cu where cu.id = c.customer_id) as customer_language';

export const ASSET_COLUMNS = 'a.id, a.contract_id, a.description, a.brand, a.model, a.serial_number, a.quantity, a.location';

export const INSTALLMENT_COLUMNS = 'i.id, i.contract_id, i.sequence, i.due_date, i.amount_cents, i.vat_cents, i.total_cents, i.paid_on';

export const sqlPlaceholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** One page of contracts: `conditions` are the list's WHERE (customer first), then the keyset condition if any. */
export function contractsPageSql(conditions: readonly string[], column: string, direction: 'asc' | 'desc'): string {
  return (
    `select ${CONTRACT_COLUMNS} from contract c where ${conditions.join(' and ')} ` +
    `order by c.${column} ${direction}, c.id ${direction} limit ?`
  );
}

/** The totalCount of a contracts list: the same WHERE without the keyset condition. */
export function contractsCountSql(conditions: readonly string[]): string {
  return `select count(*) as n from contract c where ${conditions.join(' and ')}`;
}

/** One contract of a customer by id or by number; parameters: the key, then the customer id. */
export function contractByKeySql(column: 'id' | 'contract_number'): string {
  return `select ${CONTRACT_COLUMNS} from contract c where c.${column} = ? and c.customer_id = ?`;
}

/** Assets of `count` contracts; parameters: the contract ids. */
export function assetsByContractSql(count: number): string {
  return (
    `select ${ASSET_COLUMNS} from asset a where a.contract_id in (${sqlPlaceholders(count)}) ` +
    // serial numbers before assets without one, on both databases
    `order by a.description asc, a.serial_number is null, a.serial_number asc, a.id asc`
  );
}

/**
 * For each of `count` contracts, the installment(s) on the due date nearest to today on one side:
 * parameters the contract ids, then today. One grouped pass per contract over the (contract_id,
 * due_date) index, then the rows on that date (a correlated subquery instead ran once per
 * installment: 1.6× slower on 1 000 customers in PostgreSQL).
 */
export function nearestInstallmentSql(count: number, side: 'next' | 'last'): string {
  const [pick, comparison] = side === 'next' ? ['min', '>='] : ['max', '<'];
  return (
    `select ${INSTALLMENT_COLUMNS} from installment i join (select j.contract_id, ${pick}(j.due_date) as due_date from installment j ` +
    `where j.contract_id in (${sqlPlaceholders(count)}) and j.due_date ${comparison} ? group by j.contract_id) nearest ` +
    'on nearest.contract_id = i.contract_id and nearest.due_date = i.due_date order by i.contract_id, i.sequence'
  );
}

/** The filter of the contracts list (ContractFilter), structurally: this file imports no GraphQL type. */
export interface ContractsSqlFilter {
  kinds?: readonly string[] | null;
  statuses?: readonly string[] | null;
  search?: string | null;
}

/** The WHERE of the contracts list (CON-1) and its parameters: always the customer first. */
export function contractsWhereSql(
  customerId: string,
  filter: ContractsSqlFilter | null | undefined,
  dialect: 'sqlite' | 'postgresql',
): { conditions: string[]; params: unknown[] } {
  const conditions = ['c.customer_id = ?'];
  const params: unknown[] = [customerId];
  if (filter?.kinds?.length) {
    conditions.push(`c.kind in (${sqlPlaceholders(filter.kinds.length)})`);
    params.push(...filter.kinds);
  }
  if (filter?.statuses?.length) {
    conditions.push(`c.status in (${sqlPlaceholders(filter.statuses.length)})`);
    params.push(...filter.statuses);
  }
  const search = filter?.search?.trim();
  if (search) {
    const like = dialect === 'postgresql' ? 'ilike' : 'like';
    conditions.push(
      `(c.contract_number ${like} ? or c.id in (select a.contract_id from asset a where a.customer_id = ? and a.serial_number ${like} ?))`,
    );
    params.push(likePattern(search), customerId, likePattern(search));
  }
  return { conditions, params };
}
