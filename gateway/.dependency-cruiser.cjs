/* global module */
/**
 * The gateway's walls (issue #14 §1, ARCHITECTURE): checked by `pnpm lint`, so that a crossing fails CI.
 * - a module is used through its public face, `modules/<name>/index.ts`, never through its files;
 * - the platform knows no module, and no module knows the composition root (app/);
 * - no circle between modules: checked by scripts/check-gateway-walls.mjs on this tool's output, at module level.
 * Tests may reach the composition root and the test helpers; they too use other modules' public faces.
 */
module.exports = {
  forbidden: [
    {
      name: 'module-public-face-only',
      comment: 'Another module is used through its index.ts only (issue #14 §1).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/.+', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-uses-public-face-only',
      comment: 'The composition root, the CLI, the platform and the tests reach a module through its index.ts only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/modules/[^/]+/' },
      to: { path: '^src/modules/[^/]+/.+', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'The platform is shared by every module and knows none: lists of modules live in app/ (issue #14 §2).',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(modules|app|seeding)/' },
    },
    {
      name: 'modules-do-not-know-the-composition-root',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(app|cli|seeding)/|^src/main\\.ts$' },
    },
    {
      name: 'production-code-does-not-use-test-helpers',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$', '^src/test/', '(^|/)test-[^/]+\\.ts$', '-test-support\\.ts$'] },
      to: { path: '^src/test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', 'node_modules'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
