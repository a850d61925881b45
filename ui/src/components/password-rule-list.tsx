import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTranslations } from '../i18n/add-translations';
import { passwordRulesNamespace, passwordRuleWords } from '../password/password-rule-words';
import type { RuleState } from '../password/password-rules';
import { Checklist } from './checklist';

export interface PasswordRuleListProps {
  /** The list's id, for the password field's aria-describedby; generated when omitted. */
  id?: string;
  /** Visible title and accessible name of the list, e.g. "Your password must follow these rules". */
  title: string;
  states: readonly RuleState[];
}

/**
 * ACC-4 while typing: every rule with ✓ or ✗ and, for screen readers, "met" / "not met" in words
 * (WCAG 1.4.1); changes are announced politely. A rule the server has not checked yet reads "not met".
 */
export function PasswordRuleList({ id, title, states }: PasswordRuleListProps) {
  const { t, i18n } = useTranslation('ui');
  useState(() => addTranslations(i18n, passwordRulesNamespace, passwordRuleWords));
  const generatedId = useId();
  const listId = id ?? generatedId;
  return (
    <>
      <p className="cc-label" id={`${listId}-title`}>
        {title}
      </p>
      <Checklist
        id={listId}
        label={title}
        items={states.map((state) => ({
          id: state.rule,
          met: state.state === 'met',
          label: t(state.rule, { ns: passwordRulesNamespace }),
        }))}
      />
    </>
  );
}
