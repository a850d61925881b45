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
  /** Nothing typed yet: no rule is shown as failed. */
  pristine?: boolean;
}

/**
 * ACC-4 while typing: every rule with ✓ or ✗ and "met" / "not met" in words (WCAG 1.4.1); a broken
 * rule is also shown as failed, in colour and in visible words (#18 item 20); changes are announced
 * politely. A rule the server has not checked yet reads "not met", without the failed look.
 */
export function PasswordRuleList({ id, title, states, pristine = false }: PasswordRuleListProps) {
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
          // Checked and broken (not merely unknown while the server has not answered).
          failed: !pristine && state.state === 'unmet',
          label: t(state.rule, { ns: passwordRulesNamespace }),
        }))}
      />
    </>
  );
}
