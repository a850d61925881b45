import { Spinner, type RemoteAppProps } from '@customer-corner/ui';
import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadRemoteApp } from '../utils/remote-loader';
import type { RemoteName } from '../utils/runtime-config';
import { TabErrorBoundary } from './tab-error-boundary';

export type TabLoader = (name: RemoteName) => Promise<{ RemoteApp: ComponentType<RemoteAppProps> }>;

export interface RemoteTabProps extends RemoteAppProps {
  remote: RemoteName;
  /** Injected in tests; the Module Federation runtime otherwise. */
  loader?: TabLoader;
}

type LazyTab = LazyExoticComponent<ComponentType<RemoteAppProps>>;

/**
 * One lazy component per loader, tab and attempt, kept outside React: it must outlive renders that
 * never commit (a navigation renders the next tab in a transition, which suspends).
 */
const lazyTabs = new WeakMap<TabLoader, Map<string, LazyTab>>();
function lazyTab(loader: TabLoader, remote: RemoteName, attempt: number): LazyTab {
  let byKey = lazyTabs.get(loader);
  if (!byKey) {
    byKey = new Map();
    lazyTabs.set(loader, byKey);
  }
  const key = `${remote}#${attempt}`;
  let tab = byKey.get(key);
  if (!tab) {
    tab = lazy(async () => ({ default: (await loader(remote)).RemoteApp }));
    byKey.set(key, tab);
  }
  return tab;
}

/** One tab, loaded at run time: retry → fallback → error boundary. Other tabs are not affected. */
export function RemoteTab({ remote, loader = loadRemoteApp, ...props }: RemoteTabProps) {
  const { t } = useTranslation('shell');
  const [attempt, setAttempt] = useState(0);
  // A new attempt makes a new lazy component, so "retry" asks the loader again.
  const Tab = lazyTab(loader, remote, attempt);
  return (
    <TabErrorBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={<Spinner label={t('tab.loading')} />}>
        {/* Tab is cached by lazyTab (same component for the same tab and attempt), not re-created per render. */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        <Tab {...props} />
      </Suspense>
    </TabErrorBoundary>
  );
}
