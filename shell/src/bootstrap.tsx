import { ensureUiStyles } from '@customer-corner/ui';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/app';
import { initI18n } from './app/i18n';
import { ensureShellStyles } from './app/shell-styles';
import { MeDocument } from './features/auth/api/identity.operations';
import { configureRemotes, loadRemoteApp } from './features/remotes/utils/remote-loader';
import { remoteForPath } from './features/remotes/utils/route-tabs';
import { loadRuntimeConfig } from './features/remotes/utils/runtime-config';

async function start() {
  ensureUiStyles();
  ensureShellStyles();
  const client = createApolloClient();
  // Issue #16: the session query, the route's tab and the translations load side by side; the
  // session hook's own `me` query then joins the request in flight (or reads its answer).
  void client.query({ query: MeDocument }).catch(() => undefined);
  const [i18n, config] = await Promise.all([
    initI18n(),
    loadRuntimeConfig().then((loaded) => {
      configureRemotes(loaded);
      const remote = remoteForPath(location.pathname);
      // A failure is forgotten by the loader: the tab's own load then retries and shows its fallback.
      if (remote) loadRemoteApp(remote).catch(() => undefined);
      return loaded;
    }),
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(<App client={client} i18n={i18n} config={config} />);
}

void start();
