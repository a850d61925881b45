import { createFederatedConfig } from '../scripts/federation-webpack.mjs';

// The host. It declares no remotes at build time: their manifest URLs come from /remotes.json.
export default createFederatedConfig({
  dir: import.meta.dirname,
  name: 'shell',
  title: 'Customer Corner',
  host: true,
});
