import { createFederatedConfig } from '../scripts/federation-webpack.mjs';

export default createFederatedConfig({
  dir: import.meta.dirname,
  name: 'requests',
  title: 'Customer Corner — Mes demandes (autonome)',
  exposes: { './app': './src/app/remote-app.tsx' },
});
