import { createInstance, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { shellProvidesShared } from './shell-provides-shared';

// The real Module Federation runtime: a shell and a tab share one scope, as when the shell
// initialises the tab's remoteEntry.js. The tab was built from another commit: its react-router
// copy has another export list and declares a higher version.
const shellRouter = { from: 'shell', NavLink: () => null };
const tabRouter = { from: 'tab' };

let serial = 0;
function portal({
  tabPlugins = (shell: ReturnType<typeof createInstance>): ModuleFederationRuntimePlugin[] => [shellProvidesShared(shell)],
} = {}) {
  serial += 1;
  const shellGet = vi.fn(async () => () => shellRouter);
  const shell = createInstance({
    name: `shell_${serial}`,
    remotes: [],
    shareStrategy: 'loaded-first',
    shared: {
      'react-router': { version: '7.18.6', get: shellGet, shareConfig: { singleton: true, requiredVersion: '^7.18.6' } },
    },
  });
  const tab = createInstance({
    name: `contracts_${serial}`,
    remotes: [],
    plugins: tabPlugins(shell),
    shared: {
      'react-router': {
        version: '7.999.0',
        get: async () => () => tabRouter,
        shareConfig: { singleton: true, requiredVersion: '^7.18.6' },
      },
      'tab-only': {
        version: '1.0.0',
        get: async () => () => ({ from: 'tab-only' }),
        shareConfig: { singleton: true, requiredVersion: '^1.0.0' },
      },
    },
  });
  tab.initShareScopeMap('default', shell.shareScopeMap.default!);
  shell.initializeSharing('default');
  return { shell, tab, shellGet };
}

async function load(instance: ReturnType<typeof createInstance>, name: string) {
  const factory = await instance.loadShare(name);
  if (!factory) throw new Error(`${name} not shared`);
  return factory();
}

describe('the shell is the only provider of the shared singletons (issue #14 §4)', () => {
  it('without the plugin, a tab that loads first takes its own higher version (the hazard)', async () => {
    const { tab, shell } = portal({ tabPlugins: () => [] });
    expect(await load(tab, 'react-router')).toBe(tabRouter);
    // …and the shell, once it asks, gets the tab's copy, which lacks NavLink.
    expect(await load(shell, 'react-router')).toBe(tabRouter);
  });

  it('with it, the tab gets the shell’s copy even before the shell has loaded it, and so does the shell', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { tab, shell, shellGet } = portal();
    expect(await load(tab, 'react-router')).toBe(shellRouter);
    expect(await load(shell, 'react-router')).toBe(shellRouter);
    expect(shellGet).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps the shell’s copy once loaded, and warns when a tab asks for a version the shell does not have', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { tab, shell } = portal();
    expect(await load(shell, 'react-router')).toBe(shellRouter);
    expect(
      await tab
        .loadShare('react-router', { customShareInfo: { shareConfig: { singleton: true, requiredVersion: '^7.999.0' } } })
        .then((f) => f && f()),
    ).toBe(shellRouter);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the shell provides 7.18.6'));
    warn.mockRestore();
  });

  it('leaves what the shell does not share to Module Federation', async () => {
    const { tab } = portal();
    expect(await load(tab, 'tab-only')).toEqual({ from: 'tab-only' });
  });
});
