// One webpack + Module Federation set-up for the shell and every tab (each package still has its
// own build, version and output). Tools are resolved from the calling package, so each package's
// own devDependencies are what builds it.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressFolder } from './precompress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Shared singletons, never eager (STACK.md): every sub-path that any package imports is listed,
 * because Module Federation shares by import specifier. Tabs only import `@apollo/client` and
 * `@apollo/client/react`; the shell's other Apollo imports resolve inside its own shared copy.
 *
 * A shared module is bundled whole (any consumer may use any export), so what is shared should be
 * small (issue #4). `graphql` is therefore NOT shared: only Apollo (a singleton, provided by the
 * shell) imports it at run time — codegen's documents are plain objects — so one tree-shaken copy
 * (parser, printer, visitor) rides inside the shell's Apollo chunk instead of all of graphql-js.
 * A tab must not import `graphql` values at run time (types and tests are fine).
 *
 * Who provides them (issue #14 §4): in the portal, the shell only. Every build still carries its own
 * copies (a tab's standalone page runs on them), but the shell's runtime plugin
 * (shell/src/features/remotes/utils/shell-provides-shared.ts) resolves each of these, in the shell
 * and in every tab, to the shell's copy — whatever version or subset the tab was built with.
 */
export const sharedSingletons = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  '@apollo/client',
  '@apollo/client/react',
  'react-router',
  'i18next',
  'react-i18next',
  '@customer-corner/ui',
];

function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The folder of an installed package, also when its `exports` hide package.json. */
function packageDir(require, name) {
  let dir = dirname(require.resolve(name));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the folder of ${name}`);
}

/** The installed version of a package, also when its `exports` hide package.json. */
function installedVersion(require, name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    let dir = dirname(require.resolve(name));
    while (dir !== dirname(dir)) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const found = JSON.parse(readFileSync(file, 'utf8'));
        if (found.name === name) return found.version;
      }
      dir = dirname(dir);
    }
    throw new Error(`Cannot find the version of ${name}`);
  }
}

function sharedConfig(require, pkg, variant) {
  const deps = { ...pkg.devDependencies, ...pkg.dependencies };
  return Object.fromEntries(
    sharedSingletons.map((specifier) => {
      const name = packageOf(specifier);
      const version = variant?.versions?.[name] ?? installedVersion(require, name);
      const declared = deps[name];
      const requiredVersion = declared && !declared.startsWith('workspace:') ? `^${declared.replace(/^[\^~]/, '')}` : `^${version}`;
      return [specifier, { singleton: true, eager: false, requiredVersion, version }];
    }),
  );
}

/**
 * What the portal uses of three shared singletons (issue #4). Each stays the one shared singleton
 * every package imports under its usual name, but resolves to a generated module re-exporting only
 * these names, so the shared chunk leaves out what nobody calls (the three packages declare
 * `sideEffects: false`): react-router's data routers, server rendering, RSC and cookies; Apollo's
 * suspense hooks and preloading, and `gql` with graphql's parser; react-i18next's <Trans> and its HTML parser. A package that needs
 * another export adds it here; until then its build fails with "export '…' was not found". In the
 * portal a tab runs on the shell's subset (issue #14 §4): a new export reaches production with the shell first.
 */
export const sharedSubsets = {
  'react-router': {
    entry: (production) => `dist/${production ? 'production' : 'development'}/index.mjs`,
    exports: [
      'BrowserRouter',
      'HashRouter',
      'MemoryRouter',
      'Router',
      'Routes',
      'Route',
      'Link',
      'NavLink',
      'Navigate',
      'Outlet',
      'useHref',
      'useInRouterContext',
      'useLinkClickHandler',
      'useLocation',
      'useMatch',
      'useNavigate',
      'useNavigationType',
      'useOutlet',
      'useOutletContext',
      'useParams',
      'useResolvedPath',
      'useRoutes',
      'useSearchParams',
      'createPath',
      'createSearchParams',
      'generatePath',
      'matchPath',
      'matchRoutes',
      'parsePath',
      'resolvePath',
    ],
  },
  // The client, its cache and links, and the error classes the tabs test for; not `gql` (with it
  // graphql's parser and lexer: nothing parses at run time, codegen's documents are objects — issue #16).
  '@apollo/client': {
    entry: () => 'core/index.js',
    exports: [
      'ApolloClient',
      'ApolloLink',
      'HttpLink',
      'InMemoryCache',
      'CombinedGraphQLErrors',
      'CombinedProtocolErrors',
      'ServerError',
      'ServerParseError',
      'NetworkStatus',
      'Observable',
    ],
  },
  '@apollo/client/react': {
    packageName: '@apollo/client',
    entry: () => 'react/index.js',
    exports: [
      'ApolloProvider',
      'getApolloContext',
      'skipToken',
      'useApolloClient',
      'useFragment',
      'useLazyQuery',
      'useMutation',
      'useQuery',
      'useReactiveVar',
      'useSubscription',
    ],
  },
  'react-i18next': {
    entry: () => 'dist/es/index.js',
    exports: [
      'I18nContext',
      'I18nextProvider',
      'Translation',
      'getI18n',
      'initReactI18next',
      'setI18n',
      'useTranslation',
      'withTranslation',
    ],
  },
};

/** Writes .tmp/shared-modules/<name>.<mode>.mjs re-exporting the subset from the installed package; returns its path. */
function subsetModule(require, specifier, production, variant) {
  const { packageName = specifier, entry } = sharedSubsets[specifier];
  const exports = variant?.subsets?.[specifier] ?? sharedSubsets[specifier].exports;
  const target = join(packageDir(require, packageName), entry(production));
  const folder = variant ? join('shared-modules', 'variant') : 'shared-modules';
  const file = join(root, '.tmp', folder, `${specifier.replace(/[@/]/g, '_')}.${production ? 'production' : 'development'}.mjs`);
  const text = `// Generated by scripts/federation-webpack.mjs: the part of ${specifier} the portal uses.\nexport { ${exports.join(', ')} } from ${JSON.stringify(target)};\n`;
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return file;
}

function subsetAliases(require, production, variant) {
  return Object.fromEntries(
    Object.keys(sharedSubsets).map((specifier) => [`${specifier}$`, subsetModule(require, specifier, production, variant)]),
  );
}

/** Brotli and gzip copies of the emitted text files, written once webpack has emitted them (issue #16). */
class PrecompressPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('PrecompressPlugin', (compilation) => {
      precompressFolder(compilation.outputOptions.path);
    });
  }
}

const PACKAGE_IN_PATH = /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?((?:@[^\\/]+[\\/])?[^\\/]+)/;

/** Which packages each emitted JS file holds (dist/chunk-packages.json), read by bench/bundle-budget.mjs to count copies. */
class ChunkPackagesPlugin {
  constructor(packageName) {
    this.packageName = packageName;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ChunkPackagesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ChunkPackagesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const files = {};
        const resourcesOf = (module) => (module.modules ? module.modules.flatMap(resourcesOf) : module.resource ? [module.resource] : []);
        for (const chunk of compilation.chunks) {
          const packages = new Set();
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            for (const resource of resourcesOf(module)) {
              const match = PACKAGE_IN_PATH.exec(resource);
              if (match) packages.add(match[1].replace(/\\/g, '/'));
              else if (/[\\/]ui[\\/]src[\\/]/.test(resource)) packages.add('@customer-corner/ui');
              else if (/[\\/]shared-modules[\\/]/.test(resource)) packages.add('(shared subset)');
              else packages.add(this.packageName);
            }
          }
          for (const file of chunk.files) if (file.endsWith('.js')) files[file] = [...packages].sort();
        }
        compilation.emitAsset('chunk-packages.json', new sources.RawSource(JSON.stringify(files, null, 1)));
      });
    });
  }
}

/**
 * @param {object} options
 * @param {string} options.dir            the package folder (import.meta.dirname)
 * @param {string} options.name           federation name, e.g. "contracts"
 * @param {Record<string,string>} [options.exposes]  for a tab: { './app': './src/app/remote-app.tsx' }
 * @param {string} options.title          page title of the standalone/host page
 * @param {boolean} [options.host]        the shell: served at "/" with client routes
 */
/** TypeScript and JSX through swc, the same for every front-end build (tabs, shell, explorer). */
export function typeScriptRule(require, production) {
  return {
    test: /\.[cm]?tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: require.resolve('swc-loader'),
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', development: !production } },
          target: 'es2020',
        },
      },
    },
  };
}

export function createFederatedConfig({ dir, name, exposes, title, host = false }) {
  const require = createRequire(join(dir, 'package.json'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const TerserPlugin = require('terser-webpack-plugin');
  const webpack = require('webpack');

  // `env.variant` (webpack's Node API only, see scripts/build-tab-variant.mjs): the same package built
  // as if from another commit — other subset export lists, other declared versions, another folder.
  return (env, argv) => {
    const production = argv.mode !== 'development';
    const variant = env?.variant;
    return {
      mode: production ? 'production' : 'development',
      context: dir,
      entry: { main: './src/index.ts' },
      devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
      output: {
        path: variant?.outputPath ?? join(dir, 'dist'),
        // The shell is served at "/" with deep client routes, so its files need absolute URLs; a tab
        // is served from wherever its manifest says ("auto" = beside remoteEntry.js).
        publicPath: host ? '/' : 'auto',
        // [contenthash] in `filename` breaks Module Federation 2.9 on webpack 5.113 (STACK.md).
        filename: '[name].js',
        chunkFilename: '[name].[contenthash:8].js',
        uniqueName: `cc_${name}`,
        clean: true,
      },
      resolve: {
        extensions: ['.tsx', '.ts', '.mjs', '.js'],
        // Shared singletons limited to what we use (sharedSubsets); react-router's `exports` always
        // point at its development build (warnings, larger): a production bundle takes its production build.
        alias: subsetAliases(require, production, variant),
      },
      module: {
        rules: [typeScriptRule(require, production)],
      },
      plugins: [
        new ModuleFederationPlugin({
          name,
          filename: 'remoteEntry.js',
          exposes: exposes ?? {},
          remotes: {},
          shared: sharedConfig(require, pkg, variant),
          // Issue #14 §4: a loaded copy is kept and a registered one is never replaced by another build's
          // at the same version; the shell's runtime plugin (shell/src/features/remotes/utils/
          // shell-provides-shared.ts) then makes the shell's copy the only one used in the portal.
          shareStrategy: 'loaded-first',
          manifest: true,
          dts: false,
        }),
        new HtmlWebpackPlugin({
          title,
          // The empty icon saves a request whose answer would be index.html (issue #16).
          templateContent: ({ htmlWebpackPlugin }) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <link rel="icon" href="data:," />
    <title>${htmlWebpackPlugin.options.title}</title>
  </head>
  <body>
    <div id="root"></div>${
      // The shell's run-time config, written in by the server that serves this page (issue #16).
      host ? '\n    <script id="cc-runtime-config" type="application/json"></script>' : ''
    }
  </body>
</html>`,
          chunks: ['main'],
          scriptLoading: 'defer',
          // The page (shell, or a tab's standalone page) is served at its server's root with deep
          // client routes: load main.js from "/" whatever the route.
          publicPath: '/',
        }),
        new webpack.DefinePlugin({ __PACKAGE_VERSION__: JSON.stringify(pkg.version) }),
        new ChunkPackagesPlugin(pkg.name),
        ...(production ? [new PrecompressPlugin()] : []),
      ],
      optimization: {
        minimize: production,
        minimizer: [new TerserPlugin({ minify: TerserPlugin.swcMinify, extractComments: false })],
      },
      performance: { hints: false },
      stats: 'errors-warnings',
    };
  };
}
