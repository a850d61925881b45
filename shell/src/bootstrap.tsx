import { ensureUiStyles } from '@customer-corner/ui';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/app';
import { initI18n } from './app/i18n';
import { ensureShellStyles } from './app/shell-styles';
import { configureRemotes } from './features/remotes/utils/remote-loader';
import { fetchRuntimeConfig } from './features/remotes/utils/runtime-config';

async function start() {
  ensureUiStyles();
  ensureShellStyles();
  const [i18n, config] = await Promise.all([initI18n(), fetchRuntimeConfig()]);
  configureRemotes(config);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(<App client={createApolloClient()} i18n={i18n} config={config} />);
}

void start();
