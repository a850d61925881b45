import { satisfy, type ModuleFederation, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/**
 * Issue #14 §4: in the portal the shell is the only provider of the shared singletons. Each tab's
 * build still offers its own copies (its standalone page needs them), and a tab deployed from another
 * commit may offer another subset of react-router, Apollo or react-i18next (scripts/federation-webpack.mjs
 * sharedSubsets) under a higher version number. Module Federation's "version-first" keeps a copy only
 * once it is loaded: a singleton the shell had not loaded yet would go to the highest version.
 *
 * This runtime plugin decides for every instance of the page (the shell registers it as a global
 * plugin before any tab's remoteEntry.js runs, so each tab's own runtime applies it, whatever commit
 * built the tab): whatever the shell shares resolves to the shell's registration. What the shell does
 * not share keeps Module Federation's own resolution.
 */
export function shellProvidesShared(shell: ModuleFederation): ModuleFederationRuntimePlugin {
  return {
    name: 'customer-corner-shell-provides-shared',
    resolveShare(args) {
      const own = shell.options.shared[args.pkgName];
      const versions = args.shareScopeMap[args.scope]?.[args.pkgName];
      const shellVersion = own?.map((shared) => shared.version).find((version) => versions?.[version]);
      const shared = shellVersion ? versions?.[shellVersion] : undefined;
      if (!shellVersion || !shared) return args;
      const required = args.shareInfo.shareConfig?.requiredVersion;
      if (typeof required === 'string' && !satisfy(shellVersion, required)) {
        console.warn(
          `Customer Corner: ${args.shareInfo.from ?? 'a tab'} asks for ${args.pkgName} ${required}; the shell provides ${shellVersion}`,
        );
      }
      args.resolver = () => ({ shared, useTreesShaking: false });
      return args;
    },
  };
}
