import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, type FieldProblem } from '../errors';
import { ID_PATTERN, NIL_ID, hasControlCharacter } from '../input-checks';

/**
 * X-5, issue #11 §4: every argument is checked at the edge, before any resolver or authorization
 * runs. No text may carry a control character (a NUL cut statements and broke PostgreSQL): the
 * operation is BAD_USER_INPUT with the path of each bad value, and touches nothing. An `ID` that
 * has not the format of our ids cannot name a record: it is replaced by NIL_ID, so the resolver
 * answers exactly as for an id that does not exist and the malformed text never reaches SQL.
 */
export function checkArguments(
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
): { problems: FieldProblem[]; values: Record<string, unknown> } {
  const problems: FieldProblem[] = [];
  const visit = (type: GraphQLInputType, value: unknown, path: string): unknown => {
    if (value === null || value === undefined) return value;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      return Array.isArray(value) ? value.map((item, index) => visit(nullable.ofType, item, `${path}[${index}]`)) : value;
    }
    if (isInputObjectType(nullable)) {
      if (typeof value !== 'object') return value;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const field of Object.values(nullable.getFields())) {
        if (field.name in copy) copy[field.name] = visit(field.type, copy[field.name], `${path}.${field.name}`);
      }
      return copy;
    }
    if (typeof value !== 'string') return value;
    if (hasControlCharacter(value)) {
      problems.push({
        field: path,
        code: 'CONTROL_CHARACTER',
        message: 'Contains a control character (such as NUL), which is not allowed',
      });
      return value;
    }
    return isScalarType(nullable) && nullable.name === 'ID' && !ID_PATTERN.test(value) ? NIL_ID : value;
  };
  const checked: Record<string, unknown> = { ...values };
  for (const arg of args) if (arg.name in checked) checked[arg.name] = visit(arg.type, checked[arg.name], arg.name);
  return { problems, values: checked };
}

/** Wraps every root field that takes arguments (only root fields do) with `checkArguments`. */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((type): type is GraphQLObjectType => Boolean(type));
  for (const type of roots) {
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || !field.resolve) continue;
      const resolve = field.resolve;
      const args = field.args;
      field.resolve = (source, values: Record<string, unknown>, context, info) => {
        const checked = checkArguments(args, values);
        if (checked.problems.length) throw badInput('Some arguments are not valid', checked.problems);
        return resolve(source, checked.values, context, info);
      };
    }
  }
  return schema;
}
