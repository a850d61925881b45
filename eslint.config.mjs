import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { entityWalls } from './gateway/eslint-entity-walls.mjs';

const frontPackages = ['shell', 'ui', 'explorer', 'mf-contracts', 'mf-documents', 'mf-requests', 'mf-profiles', 'mf-backoffice'];
const tabs = ['mf-contracts', 'mf-documents', 'mf-requests', 'mf-profiles', 'mf-backoffice'];

function boundaryPatterns(dir) {
  return [
    { group: ['**/node_modules/**'], message: 'Import packages by name.' },
    {
      group: ['**/gateway/**', '@customer-corner/gateway', '@customer-corner/gateway/**'],
      message: 'Browser code never imports gateway code.',
    },
    ...tabs
      .filter((tab) => tab !== dir)
      .map((tab) => ({
        group: [`**/${tab}/**`, `@customer-corner/${tab}`, `@customer-corner/${tab}/**`],
        message: 'Tabs load at run time through Module Federation, never by import.',
      })),
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'schema/generated/**',
      '*/src/gql/**',
      'e2e/artifacts/**',
      'gateway/migrations/Migration*.ts',
      '.tmp/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/node_modules/**'], message: 'Import packages by name.' }] }],
    },
  },
  {
    // Decorated classes need runtime imports of the types they reference (decorator metadata).
    files: ['gateway/src/**/*.ts', 'gateway/migrations/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
  },
  // Front end: hooks rules and accessibility (WCAG 2.2 AA, X-3) on every browser package.
  {
    files: frontPackages.map((dir) => `${dir}/src/**/*.{ts,tsx}`),
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // Labels are tied with htmlFor/id by the kit's fields (useId), which the rule cannot follow.
      'jsx-a11y/label-has-associated-control': ['error', { assert: 'either', controlComponents: ['TextField', 'SelectField'] }],
      // The kit's fields take autoFocus only where a step opens on that field (second factor).
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  // Module boundaries: the browser never imports gateway code; the shell never imports a tab; a tab never imports another tab.
  ...frontPackages.map((dir) => ({
    files: [`${dir}/src/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: boundaryPatterns(dir) }] },
  })),
  // Test helpers (Testing Library, mocked networks) never reach a bundle: only tests and test folders import them.
  ...frontPackages.map((dir) => ({
    files: [`${dir}/src/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}', '**/src/test/**', 'ui/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...boundaryPatterns(dir),
            {
              group: [
                '@customer-corner/ui/testing',
                '**/test/*',
                '**/testing/*',
                '@testing-library/*',
                '@apollo/client/testing',
                '@apollo/client/testing/*',
              ],
              message: 'Test helpers are for tests only: production code never imports them.',
            },
          ],
        },
      ],
    },
  })),
  // GraphQL operations (issue #14 §3, CONVENTIONS: "operations linted against the schema"): the processor
  // lifts every graphql(`…`) document out of the front end's code files, and each is checked against
  // the committed schema. One graphql-config project per package, as codegen generates one typed
  // folder per package: operation names are unique within a package, not across tabs.
  {
    files: frontPackages.map((dir) => `${dir}/src/**/*.{ts,tsx}`),
    processor: graphqlPlugin.processor,
  },
  {
    files: frontPackages.map((dir) => `${dir}/src/**/*.graphql`),
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: {
          projects: Object.fromEntries(
            frontPackages
              .filter((dir) => dir !== 'ui')
              .map((dir) => [
                dir,
                // `exclude`, not a negated documents glob: graphql-config would match every file to the first project.
                { schema: 'schema/schema.graphql', documents: `${dir}/src/**/*.{ts,tsx,graphql}`, exclude: `${dir}/src/gql/**` },
              ]),
          ),
        },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    // The recommended set for operations: graphql-js validation (known-type-names, fields-on-correct-type,
    // known-argument-names, no-unused/undefined-variables, known-fragment-names…) plus unique-operation-name,
    // no-anonymous-operations, naming-convention, require-selections (ids, for Apollo's cache), no-deprecated.
    rules: graphqlPlugin.configs['flat/operations-recommended'].rules,
  },
  // Gateway: a module never queries another module's entity (issue #14 §1; imports are checked by pnpm lint:walls).
  ...entityWalls(),
);
