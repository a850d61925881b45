import type { GatewaySettings } from '../platform/graphql/context';

/** Settings of tests only; production contexts get theirs from AppConfig (settingsOf). */
export const TEST_SETTINGS: GatewaySettings = {
  publicUrl: 'http://127.0.0.1:4000',
  secretKey: 'test-secret-key-0123456789abcdef0123456789',
  demoSecondFactorBypass: false,
  customerServicesEmail: 'customer.services@leasing.example',
  customerServicesPhone: '+32 2 555 00 00',
  credentialChecksPerIp: 30,
  requestsPerMinute: 600,
};
