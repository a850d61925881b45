// `@customer-corner/ui/enterprise-number`: the Belgian enterprise-number check for the shell's public
// registration form (ACC-8) and the requests tab (REQ-1). A separate entry, not part of the index
// (the index is the Module Federation singleton bundled into every first screen, issue #4).
export { enterpriseNumberProblem, formatEnterpriseNumber, normalizeEnterpriseNumber } from '../checks/enterprise-number';
