import { preloadRouteTab } from './preload-tab';
import { remoteForPath } from './route-tabs';
import { inlineRuntimeConfig } from './runtime-config';

const config = {
  remotes: {
    contracts: 'http://127.0.0.1:4101/mf-manifest.json',
    documents: 'https://cdn.example.com/documents/1.2.0/mf-manifest.json',
    profiles: '/tabs/profiles/mf-manifest.json',
  },
  customerServicesEmail: 'cs@leasing.example',
};

function preloads() {
  return [...document.head.querySelectorAll('link[rel="preload"]')].map((link) => ({
    href: link.getAttribute('href'),
    as: link.getAttribute('as'),
    crossorigin: link.getAttribute('crossorigin'),
  }));
}

describe('the route’s tab starts loading with main.js (issue #16)', () => {
  afterEach(() => document.head.querySelectorAll('link[rel="preload"]').forEach((link) => link.remove()));

  it.each([
    ['/', 'contracts'],
    ['/contracts', 'contracts'],
    ['/contracts/LC-1001/amortization', 'contracts'],
    ['/leaflets', 'documents'],
    ['/company', 'profiles'],
    ['/back-office/requests/42', 'backoffice'],
    ['/contractsX', null],
    ['/sign-in', null],
  ])('%s → %s', (path, remote) => {
    expect(remoteForPath(path)).toBe(remote);
  });

  it('preloads the manifest as a credential-less CORS fetch and remoteEntry.js beside it as a script', () => {
    expect(preloadRouteTab(config, '/documents/invoices')).toEqual([
      'https://cdn.example.com/documents/1.2.0/mf-manifest.json',
      'https://cdn.example.com/documents/1.2.0/remoteEntry.js',
    ]);
    expect(preloads()).toEqual([
      { href: 'https://cdn.example.com/documents/1.2.0/mf-manifest.json', as: 'fetch', crossorigin: 'anonymous' },
      { href: 'https://cdn.example.com/documents/1.2.0/remoteEntry.js', as: 'script', crossorigin: null },
    ]);
  });

  it('resolves a manifest on the shell’s own origin', () => {
    expect(preloadRouteTab(config, '/company')).toEqual([
      `${location.origin}/tabs/profiles/mf-manifest.json`,
      `${location.origin}/tabs/profiles/remoteEntry.js`,
    ]);
  });

  it.each([
    ['a page without a tab', '/sign-in'],
    ['a tab the config does not name', '/requests'],
  ])('preloads nothing for %s', (_case, path) => {
    expect(preloadRouteTab(config, path)).toEqual([]);
    expect(preloads()).toEqual([]);
  });
});

describe('inlineRuntimeConfig (written into index.html by the gateway, issue #16)', () => {
  afterEach(() => document.getElementById('cc-runtime-config')?.remove());

  function withElement(text: string) {
    const element = document.createElement('script');
    element.id = 'cc-runtime-config';
    element.type = 'application/json';
    element.textContent = text;
    document.body.append(element);
  }

  it('reads and checks the config like remotes.json', () => {
    withElement(JSON.stringify({ remotes: { contracts: 'http://127.0.0.1:4101/mf-manifest.json', evil: 'x' } }));
    expect(inlineRuntimeConfig()).toEqual({
      remotes: { contracts: 'http://127.0.0.1:4101/mf-manifest.json' },
      customerServicesEmail: 'customer.services@customer-corner.example',
    });
  });

  it.each([
    ['the element is empty (a static copy of the shell)', ''],
    ['it is not JSON', '{ remotes'],
  ])('is null when %s: the shell fetches /remotes.json', (_case, text) => {
    withElement(text);
    expect(inlineRuntimeConfig()).toBeNull();
  });

  it('is null without the element', () => {
    expect(inlineRuntimeConfig()).toBeNull();
  });
});
