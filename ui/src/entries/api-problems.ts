// `@customer-corner/ui/api-problems`: the gateway's reasons and field codes in words (#18 item 6,
// API-3), for the shell and every tab. A separate entry, not part of the index (the index is the
// Module Federation singleton bundled into every first screen, issue #4).
export {
  apiProblemCodes,
  apiProblemMessage,
  apiProblemMessages,
  type ApiProblemCode,
  type LengthLimits,
} from '../problems/api-problem-messages';
// One reader of the gateway's GraphQL errors (code, reason, field codes) for every tab (issue #14 §3).
export {
  graphQLErrorCodes,
  graphQLProblems,
  oneProblemPerField,
  type GraphQLErrorLike,
  type GraphQLProblems,
} from '../problems/graphql-problems';
