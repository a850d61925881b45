/** Replaced at build time by webpack (scripts/federation-webpack.mjs): this package's package.json version. */
declare const __PACKAGE_VERSION__: string | undefined;

/** The version of this build of the tab; 'development' where nothing defines it (Vitest). */
export const TAB_VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'development';

/** A small line under the tab naming its version, so that a tab release shows in the page (issue #15). */
export function TabVersion() {
  return (
    <p className="cc-tab-version" style={{ margin: 'var(--cc-space-lg) 0 0', fontSize: '0.75rem', color: 'var(--cc-color-text-muted)' }}>
      mf-contracts {TAB_VERSION}
    </p>
  );
}
