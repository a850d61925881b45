import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input, with hint and error tied like TextField's (WCAG 1.3.1, 3.3.1). */
export function TextAreaField({ label, hint, error, className, rows = 4, ...props }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="cc-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="cc-field__hint">
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        className={['cc-input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
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
