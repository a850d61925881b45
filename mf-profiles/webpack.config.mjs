import { createFederatedConfig } from '../scripts/federation-webpack.mjs';

export default createFederatedConfig({
  dir: import.meta.dirname,
  name: 'profiles',
  title: 'Customer Corner — Informations société (autonome)',
  exposes: { './app': './src/app/remote-app.tsx' },
});
