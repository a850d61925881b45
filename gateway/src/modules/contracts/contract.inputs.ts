import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../platform/graphql/sort-direction';
import { ContractKind, ContractSortField, ContractStatus } from './contract.enums';

@InputType({ description: 'Narrows the list of contracts.' })
export class ContractFilter {
  @Field(() => [ContractKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: ContractKind[] | null;

  @Field(() => [ContractStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ContractStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Part of a contract number or of a financed asset serial number.' })
  search?: string | null;
}

@InputType({ description: 'Order of the contracts list.' })
export class ContractSort {
  @Field(() => ContractSortField, { description: 'Field to sort by.' })
  field: ContractSortField = ContractSortField.NUMBER;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class ContractsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor).' })
  after?: string | null;

  @Field(() => ContractFilter, { nullable: true, description: 'Filter.' })
  filter?: ContractFilter | null;

  @Field(() => ContractSort, { nullable: true, description: 'Order (default: by contract number, ascending).' })
  sort?: ContractSort | null;
}
