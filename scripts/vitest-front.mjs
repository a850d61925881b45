// One Vitest set-up for every front-end package: happy-dom, React's automatic JSX runtime, globals
// (Testing Library then unmounts after each test by itself), and a single copy of graphql (it ships
// CJS and ESM; two realms break `instanceof` checks). A plain object: `defineConfig` is an identity.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const testingLibrarySetup = join(import.meta.dirname, '..', 'ui', 'src', 'test', 'testing-library-setup.ts');

export function frontVitestConfig(dir) {
  const require = createRequire(join(dir, 'package.json'));
  let graphqlPath;
  try {
    graphqlPath = require.resolve('graphql');
  } catch {
    graphqlPath = undefined;
  }
  return {
    resolve: { alias: graphqlPath ? [{ find: /^graphql$/, replacement: graphqlPath }] : [] },
    oxc: { jsx: { runtime: 'automatic' } },
    test: {
      root: dir,
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      environment: 'happy-dom',
      globals: true,
      testTimeout: 15_000,
      setupFiles: [testingLibrarySetup],
    },
  };
}
