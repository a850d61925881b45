import type { ContractSort } from '../../../gql/graphql';

export const sortChoices = [
  'NUMBER_ASC',
  'NUMBER_DESC',
  'START_DATE_DESC',
  'START_DATE_ASC',
  'END_DATE_ASC',
  'PERIODIC_AMOUNT_DESC',
] as const;
export type SortChoice = (typeof sortChoices)[number];

export function isSortChoice(value: string | null): value is SortChoice {
  return sortChoices.includes(value as SortChoice);
}

/** "START_DATE_DESC" → { field: START_DATE, direction: DESC } */
export function toContractSort(choice: SortChoice): ContractSort {
  const direction = choice.endsWith('_DESC') ? 'DESC' : 'ASC';
  const field = choice.slice(0, choice.lastIndexOf('_')) as ContractSort['field'];
  return { field, direction };
}
