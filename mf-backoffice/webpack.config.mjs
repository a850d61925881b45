import { createFederatedConfig } from '../scripts/federation-webpack.mjs';

export default createFederatedConfig({
  dir: import.meta.dirname,
  name: 'backoffice',
  title: 'Customer Corner — Back-office (autonome)',
  exposes: { './app': './src/app/remote-app.tsx' },
});
