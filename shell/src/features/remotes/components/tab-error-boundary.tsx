import { ErrorPanel } from '@customer-corner/ui';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoteUnavailableError } from '../utils/remote-loader';

function TabFallback({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('shell');
  const unavailable = error instanceof RemoteUnavailableError;
  return (
    <ErrorPanel title={unavailable ? t('tab.unavailableTitle') : t('tab.crashedTitle')} onRetry={onRetry}>
      <p>{t('tab.unavailableText')}</p>
    </ErrorPanel>
  );
}

interface Props {
  children: ReactNode;
  onRetry: () => void;
}

/** Catches a tab that fails to load or throws while rendering: the fallback replaces that tab only. */
export class TabErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error('Customer Corner: a tab failed', error);
  }

  override render() {
    if (this.state.error) return <TabFallback error={this.state.error} onRetry={this.props.onRetry} />;
    return this.props.children;
  }
}
