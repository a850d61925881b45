export { tokens, tokensAsCssVariables, type DesignTokens } from './tokens/design-tokens';
export { ensureUiStyles } from './tokens/ui-styles';
export { adoptStyleSheet } from './tokens/adopt-style-sheet';
export {
  centsToDecimalString,
  formatDate,
  formatMoney,
  formatPercent,
  localeOf,
  portalLanguages,
  toPortalLanguage,
  type BelgianLocale,
  type PortalLanguage,
} from './formats/belgian-formats';
export { useSearchParamsEditor, type SearchParamChanges } from './hooks/use-search-params-editor';
export { useFormats, type Formats } from './formats/use-formats';
export { directDebitOnText } from './payments/direct-debit-words';
export { addTranslations, registerUiTranslations, uiTranslations } from './i18n/ui-translations';
export { Button, buttonClassName, type ButtonProps, type ButtonVariant } from './components/button';
export { TextField, type TextFieldProps } from './components/text-field';
export { TextAreaField, type TextAreaFieldProps } from './components/text-area-field';
export { SelectField, type SelectFieldProps, type SelectOption } from './components/select-field';
export { Alert, Badge, Checklist, EmptyState, Spinner, type AlertProps, type ChecklistItem, type Tone } from './components/feedback';
export { Card, DescriptionList, PageHeader, SkipLink, type DescriptionItem } from './components/layout';
export { DataTable, type Column, type DataTableProps } from './components/data-table';
export { ErrorPanel } from './components/error-panel';
export type { RemoteAppModule, RemoteAppProps, RemoteViewer, ViewerKind } from './remote-contract';
