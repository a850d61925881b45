import { createFederatedConfig } from '../scripts/federation-webpack.mjs';

export default createFederatedConfig({
  dir: import.meta.dirname,
  name: 'documents',
  title: 'Customer Corner — Mes documents (autonome)',
  exposes: { './app': './src/app/remote-app.tsx' },
});
