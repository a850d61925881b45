import { defaultCustomerServicesEmail, parseRuntimeConfig } from './runtime-config';

describe('parseRuntimeConfig (/remotes.json)', () => {
  it('keeps known tabs with http(s) or absolute manifest URLs and drops the rest', () => {
    expect(
      parseRuntimeConfig({
        remotes: {
          contracts: 'http://127.0.0.1:4101/mf-manifest.json',
          documents: '/tabs/documents/mf-manifest.json',
          evil: 'http://x',
          requests: 'javascript:alert(1)',
        },
        customerServicesEmail: 'service@leasing.example',
      }),
    ).toEqual({
      remotes: { contracts: 'http://127.0.0.1:4101/mf-manifest.json', documents: '/tabs/documents/mf-manifest.json' },
      customerServicesEmail: 'service@leasing.example',
    });
  });

  it('falls back to no tabs and the default address', () => {
    expect(parseRuntimeConfig({})).toEqual({ remotes: {}, customerServicesEmail: defaultCustomerServicesEmail });
    expect(() => parseRuntimeConfig(null)).toThrow('remotes.json: not an object');
  });
});
