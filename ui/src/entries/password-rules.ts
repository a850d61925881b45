// `@customer-corner/ui/password-rules`: what a form needs to let someone choose a password (ACC-4),
// live. A separate entry, not part of the index: the index is the Module Federation singleton, bundled
// whole into every first screen (issue #4), while these are only needed by the shell's pages before
// sign-in (loaded on demand) and by My settings. Each importer bundles this small code itself, and
// the rule list registers its own words when it first shows.
export {
  allPasswordRules,
  brokenLocalRules,
  brokenPersonalRules,
  evaluatePasswordRules,
  isPasswordRule,
  localPasswordRules,
  serverPasswordRules,
  PASSWORD_CHECK_DEBOUNCE_MS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type LocalPasswordRule,
  type PasswordRule,
  type PersonalData,
  type RuleState,
  type ServerPasswordRule,
} from '../password/password-rules';
export { passwordRulesNamespace, passwordRuleWords } from '../password/password-rule-words';
export { PasswordRuleList, type PasswordRuleListProps } from '../components/password-rule-list';
export { useDebouncedValue } from '../hooks/use-debounced-value';
