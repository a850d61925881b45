import type { AppConfig } from '../config';
import type { GatewaySettings } from './context';

/** What a request's context needs of the configuration (and nothing else of it). */
export function settingsOf(config: AppConfig): GatewaySettings {
  return {
    publicUrl: config.publicUrl,
    secretKey: config.secretKey,
    // Only a development process on demo data accepts the demo staff code 000000 (never production).
    demoSecondFactorBypass: config.nodeEnv === 'development',
    customerServicesEmail: config.customerServicesEmail,
    customerServicesPhone: config.customerServicesPhone,
    credentialChecksPerIp: config.credentialChecksPerIp,
    requestsPerMinute: config.requestsPerMinute,
  };
}
