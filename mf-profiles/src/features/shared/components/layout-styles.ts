import type { CSSProperties } from 'react';

// The kit's .cc-row stretches every child (flex: 1 1 12rem): fine for form fields, not for a few
// buttons or a check box with its label. These keep their natural width and wrap on phones.

/** Buttons side by side, wrapping when the screen is narrow. */
export const buttonRow: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' };

/** A check box or radio button followed by its label text. */
export const choiceLabel: CSSProperties = { display: 'flex', gap: '0.75rem', alignItems: 'center', minHeight: '44px' };

/** A check box or radio button large enough to hit (WCAG 2.5.8). */
export const choiceInput: CSSProperties = { width: '1.5rem', height: '1.5rem', flex: 'none', margin: 0 };
