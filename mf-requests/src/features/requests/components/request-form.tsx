import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, PageHeader, SelectField, TextAreaField, TextField, useSearchParamsEditor } from '@customer-corner/ui';
import { oneProblemPerField } from '@customer-corner/ui/api-problems';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ChangeRequestType } from '../../../gql/graphql';
import { RequestFormCompanyQuery, SubmitChangeRequestMutation } from '../api/requests.operations';
import type { UploadedAttachment } from '../api/upload-attachments';
import {
  changeTypes,
  emptyChangeForm,
  isChangeType,
  lengthLimits,
  prefilledChangeForm,
  toSubmitInput,
  validateChangeForm,
  type ChangeField,
  type ChangeFormValues,
  type FieldProblems,
} from '../utils/change-form';
import { problemsOf } from '../utils/graphql-problems';
import { useProblemText } from '../utils/use-problem-text';
import { AttachmentPicker } from './attachment-picker';
import { ViewerNote } from './viewer-note';

/** REQ-1 … REQ-5: the five request forms; `?type=ADDRESS&kind=BILLING` opens one prefilled (COM-2). */
export function RequestForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('requests');
  const problemText = useProblemText();
  const navigate = useNavigate();
  const { params, update: updateParams } = useSearchParamsEditor();
  const typeParam = params.get('type');
  const initialType: ChangeRequestType = isChangeType(typeParam) ? typeParam : 'ADDRESS';
  const [values, setValues] = useState<ChangeFormValues>(() =>
    emptyChangeForm(initialType, params.get('kind') === 'BILLING' ? 'BILLING' : 'REGISTERED_OFFICE'),
  );
  // REQ-5: one key for the life of the form: a double click or a network retry is one request.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [attachments, setAttachments] = useState<UploadedAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [refusedFiles, setRefusedFiles] = useState(false);
  // Why the form did not go out, shown after a try and gone once the files are settled.
  const [guardAsked, setGuardAsked] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const sending = useRef(false);
  const [submit, { loading }] = useMutation(SubmitChangeRequestMutation);
  // COM-2 (#18 item 18): the form opens with the current values; once the person typed, theirs stay.
  const company = useQuery(RequestFormCompanyQuery, { skip: readOnly }).data?.company ?? null;
  const edited = useRef(false);
  useEffect(() => {
    if (company && !edited.current) setValues((previous) => prefilledChangeForm(previous.type, previous['address.kind'], company));
  }, [company]);

  if (readOnly) {
    return (
      <div>
        <PageHeader title={t('form.title')} />
        <ViewerNote />
        <Link to="..">{t('form.back')}</Link>
      </div>
    );
  }

  const set = (field: ChangeField) => (value: string) => {
    edited.current = true;
    setValues((previous) => ({ ...previous, [field]: value }));
    setFormError(null);
    if (problems[field]) setProblems((previous) => ({ ...previous, [field]: undefined }));
  };
  const errorOf = (field: string) => {
    const code = problems[field];
    const limits = lengthLimits[field as ChangeField];
    return code ? problemText(code, limits ?? {}) : undefined;
  };
  const field = (
    name: ChangeField,
    label: string,
    extra: { hint?: string; required?: boolean; type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      label={extra.required === false ? label : `${label} *`}
      name={name}
      value={values[name]}
      onChange={(event) => set(name)(event.target.value)}
      error={errorOf(name)}
      hint={extra.hint}
      type={extra.type}
      autoComplete={extra.autoComplete ?? 'off'}
    />
  );

  function chooseType(type: string) {
    if (!isChangeType(type)) return;
    setValues((previous) => ({
      ...(company ? prefilledChangeForm(type, previous['address.kind'], company) : emptyChangeForm(type, previous['address.kind'])),
      message: type === 'OTHER' ? '' : previous.message,
    }));
    setProblems({});
    setFormError(null);
    updateParams({ type });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    // #18 item 5: never send without a file the user chose: wait for the upload, or for a decision on a refused file.
    setGuardAsked(true);
    if (uploading || refusedFiles) return;
    const found = validateChangeForm(values);
    setProblems(found);
    if (Object.keys(found).length) {
      setFormError(t('form.fixErrors'));
      return;
    }
    setFormError(null);
    sending.current = true;
    try {
      const result = await submit({
        variables: {
          input: toSubmitInput(
            values,
            idempotencyKey,
            attachments.map((a) => a.id),
          ),
        },
      });
      const created = result.data?.submitChangeRequest;
      if (created) {
        await navigate(`../${created.id}`, { state: { submitted: created.reference } });
      }
    } catch (error) {
      const problems = problemsOf(error as Error);
      const code = problems.code;
      const fields = oneProblemPerField(problems.fields);
      if (code === 'BAD_USER_INPUT' && Object.keys(fields).length) {
        setProblems(fields);
        setFormError(t('form.fixErrors'));
      } else if (code === 'FORBIDDEN') setFormError(t('form.forbidden'));
      else if (code === 'RATE_LIMITED') setFormError(t('errors.RATE_LIMITED'));
      else setFormError(t('form.failed'));
    } finally {
      sending.current = false;
    }
  }

  const guardMessage = !guardAsked
    ? null
    : uploading
      ? t('attachmentGuard.stillUploading')
      : refusedFiles
        ? t('attachmentGuard.refusedBlocks')
        : null;
  return (
    <div>
      <PageHeader title={t('form.title')} />
      <p>
        <Link to="..">{t('form.back')}</Link>
      </p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Card>
          <SelectField
            label={t('form.chooseType')}
            value={values.type}
            onChange={(event) => chooseType(event.target.value)}
            options={changeTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          />
          <p className="cc-field__hint">{t('form.required')}</p>
          {values.type === 'ENTERPRISE_NUMBER'
            ? field('enterpriseNumber', t('fields.enterpriseNumber'), { hint: t('form.enterpriseNumberHint') })
            : null}
          {values.type === 'ADDRESS' ? (
            <>
              <SelectField
                label={t('form.addressKindLabel')}
                value={values['address.kind']}
                onChange={(event) => {
                  const kind = event.target.value === 'BILLING' ? 'BILLING' : 'REGISTERED_OFFICE';
                  if (company) setValues((previous) => ({ ...prefilledChangeForm('ADDRESS', kind, company), message: previous.message }));
                  else set('address.kind')(kind);
                }}
                options={[
                  { value: 'REGISTERED_OFFICE', label: t('addressKinds.REGISTERED_OFFICE') },
                  { value: 'BILLING', label: t('addressKinds.BILLING') },
                ]}
              />
              {field('address.street', t('fields.street'), { autoComplete: 'street-address' })}
              <div className="cc-row">
                {field('address.postalCode', t('fields.postalCode'), { hint: t('form.postalCodeHint'), autoComplete: 'postal-code' })}
                {field('address.city', t('fields.city'), { autoComplete: 'address-level2' })}
              </div>
              {field('address.country', t('fields.country'), { hint: t('form.countryHint'), autoComplete: 'country' })}
            </>
          ) : null}
          {values.type === 'BANK_DETAILS' ? (
            <>
              <Alert tone="warning" title={t('form.fourEyesTitle')}>
                <p>{t('form.fourEyes')}</p>
              </Alert>
              {field('bankDetails.iban', t('fields.iban'), { hint: t('form.ibanHint') })}
              {field('bankDetails.bic', t('fields.bic'), { hint: t('form.bicHint') })}
              {field('bankDetails.accountHolder', t('fields.accountHolder'), { autoComplete: 'organization' })}
              {field('password', t('form.password'), { hint: t('form.passwordHint'), type: 'password', autoComplete: 'current-password' })}
            </>
          ) : null}
          {values.type === 'COMPANY_NAME' ? (
            <>
              {field('companyName.name', t('fields.name'), { autoComplete: 'organization' })}
              {field('companyName.legalForm', t('fields.legalForm'), { hint: t('form.legalFormHint'), required: false })}
            </>
          ) : null}
          {values.type === 'OTHER' ? (
            <>
              <TextAreaField
                label={`${t('form.messageLabel')} *`}
                name="message"
                value={values.message}
                onChange={(event) => set('message')(event.target.value)}
                error={errorOf('message')}
              />
              {field('contractNumber', t('form.contractNumber'), { required: false })}
            </>
          ) : (
            <TextAreaField
              label={t('form.commentLabel')}
              name="message"
              value={values.message}
              rows={3}
              onChange={(event) => set('message')(event.target.value)}
              error={errorOf('message')}
            />
          )}
          <AttachmentPicker
            attachments={attachments}
            onChange={setAttachments}
            onBusyChange={setUploading}
            onRefusedChange={setRefusedFiles}
            disabled={loading}
          />
          {guardMessage ? <Alert tone="error">{guardMessage}</Alert> : null}
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <Button type="submit" disabled={loading}>
            {loading ? t('form.sending') : t('form.submit')}
          </Button>
        </Card>
      </form>
    </div>
  );
}
