import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Extra content described by the field, e.g. a live list of password rules. */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input; hint and error are tied to it with aria-describedby (WCAG 1.3.1, 3.3.1). */
export function TextField({ label, hint, error, describedBy, className, ...props }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedByIds = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className="cc-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="cc-field__hint">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        className={['cc-input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds}
        {...props}
      />
      {error ? (
        <span id={errorId} className="cc-field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
