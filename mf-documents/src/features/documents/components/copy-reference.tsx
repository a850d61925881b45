import { Button } from '@customer-corner/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * DOC-9: the structured payment reference with a COPY button. The confirmation is visible and sits
 * in a live region that exists before it is filled, so screen readers announce it.
 */
export function CopyReference({ reference }: { reference: string }) {
  const { t } = useTranslation('documents');
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(reference);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), 8000);
  }

  return (
    // Blocks, not flex: the widget follows the cell's alignment (left in the table, right on phone cards).
    <span style={{ display: 'block', marginTop: 'var(--cc-space-xs)' }}>
      <span
        style={{
          display: 'block',
          fontVariantNumeric: 'tabular-nums',
          fontSize: 'var(--cc-font-size-small)',
          marginBottom: 'var(--cc-space-xs)',
        }}
      >
        {/* #18 item 16: one line, never broken at the slashes: it is read and copied as a whole. */}
        <span className="cc-keep-whole">{reference}</span>
      </span>
      <Button variant="secondary" onClick={() => void copy()} aria-label={t('copyLabel', { reference })}>
        {t('copy')}
      </Button>
      <span
        role="status"
        style={{ display: 'block', fontSize: 'var(--cc-font-size-small)', color: 'var(--cc-color-success)', fontWeight: 600 }}
      >
        {state === 'copied' ? `✓ ${t('copied')}` : null}
        {state === 'failed' ? <span style={{ color: 'var(--cc-color-danger)' }}>{t('copyFailed')}</span> : null}
      </span>
    </span>
  );
}
