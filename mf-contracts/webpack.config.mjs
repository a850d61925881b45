import { createFederatedConfig } from '../scripts/federation-webpack.mjs';

export default createFederatedConfig({
  dir: import.meta.dirname,
  name: 'contracts',
  title: 'Customer Corner — Contrats (autonome)',
  exposes: { './app': './src/app/remote-app.tsx' },
});
