import { useQuery } from '@apollo/client/react';
import { TextField } from '@customer-corner/ui';
import {
  evaluatePasswordRules,
  PASSWORD_CHECK_DEBOUNCE_MS,
  PasswordRuleList,
  useDebouncedValue,
  type PasswordRule,
  type PersonalData,
  type RuleState,
} from '@customer-corner/ui/password-rules';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordProblemsDocument } from '../api/identity.operations';

export interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  loginId?: string;
  /** Rules the server refused on submit (BAD_USER_INPUT), shown as unmet. */
  refusedRules?: readonly PasswordRule[];
  passwordError?: string;
  confirmationError?: string;
  onRuleStates?: (states: RuleState[]) => void;
  /** The person's and the company's names, once known (activation step 2): those rules are then checked here at once (#18 item 20). */
  personal?: PersonalData;
}

/**
 * ACC-4, live: each rule is shown met or not met while the user types. Length, uppercase, digits and
 * punctuation are checked here at once; the common-password and personal-data rules are asked from
 * the server (debounced), since only it has the lists and the user's data.
 */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation('shell');
  const rulesId = useId();
  const [visible, setVisible] = useState(false);
  const debounced = useDebouncedValue(props.password, PASSWORD_CHECK_DEBOUNCE_MS);
  const loginId = props.loginId && /^\d{9}$/.test(props.loginId) ? props.loginId : null;
  const { data, previousData } = useQuery(PasswordProblemsDocument, {
    variables: { password: debounced, loginId },
    skip: debounced === '',
    fetchPolicy: 'no-cache',
  });
  const serverProblems = (data ?? previousData)?.passwordProblems ?? null;
  const problems = props.refusedRules?.length ? [...(serverProblems ?? []), ...props.refusedRules] : serverProblems;
  const states = evaluatePasswordRules(props.password, props.password === '' ? null : problems, props.personal);

  return (
    <>
      <TextField
        label={t('activation.newPassword')}
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        value={props.password}
        onChange={(e) => props.onPasswordChange(e.target.value)}
        error={props.passwordError}
        describedBy={rulesId}
      />
      <div className="cc-field" style={{ flexDirection: 'row', alignItems: 'center' }}>
        <input
          id={`${rulesId}-show`}
          type="checkbox"
          checked={visible}
          onChange={(e) => setVisible(e.target.checked)}
          style={{ width: 20, height: 20 }}
        />
        <label htmlFor={`${rulesId}-show`} style={{ fontWeight: 400 }}>
          {t('activation.showPassword')}
        </label>
      </div>
      <PasswordRuleList id={rulesId} title={t('activation.rulesTitle')} states={states} pristine={props.password === ''} />
      <TextField
        label={t('activation.confirmPassword')}
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        value={props.confirmation}
        onChange={(e) => props.onConfirmationChange(e.target.value)}
        error={props.confirmationError}
      />
    </>
  );
}
