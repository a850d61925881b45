import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  block?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', block = false, type = 'button', className, ...props }: ButtonProps) {
  const classes = ['cc-button', variant !== 'primary' && `cc-button--${variant}`, block && 'cc-button--block', className].filter(Boolean);
  return <button type={type} className={classes.join(' ')} {...props} />;
}

export function buttonClassName(variant: ButtonVariant = 'primary'): string {
  return variant === 'primary' ? 'cc-button' : `cc-button cc-button--${variant}`;
}
