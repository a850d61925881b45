// The shell learns where each tab lives at run time from /remotes.json, placed beside index.html
// by whoever deploys it: shipping a tab to a new URL needs no rebuild of the shell. The gateway also
// writes it into index.html (inlineRuntimeConfig), the same file's text.

export const remoteNames = ['contracts', 'documents', 'requests', 'profiles', 'backoffice'] as const;
export type RemoteName = (typeof remoteNames)[number];

export interface RuntimeConfig {
  /** Manifest URL of each tab, e.g. { contracts: "http://127.0.0.1:4101/mf-manifest.json" }. */
  remotes: Partial<Record<RemoteName, string>>;
  customerServicesEmail: string;
}

export const defaultCustomerServicesEmail = 'customer.services@customer-corner.example';

export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null) throw new Error('remotes.json: not an object');
  const input = value as { remotes?: unknown; customerServicesEmail?: unknown };
  const remotes: Partial<Record<RemoteName, string>> = {};
  if (typeof input.remotes === 'object' && input.remotes !== null) {
    for (const [name, entry] of Object.entries(input.remotes)) {
      if ((remoteNames as readonly string[]).includes(name) && typeof entry === 'string' && /^(https?:\/\/|\/)/.test(entry)) {
        remotes[name as RemoteName] = entry;
      }
    }
  }
  const email =
    typeof input.customerServicesEmail === 'string' && input.customerServicesEmail.includes('@')
      ? input.customerServicesEmail
      : defaultCustomerServicesEmail;
  return { remotes, customerServicesEmail: email };
}

/**
 * Issue #16: the server serving index.html writes remotes.json into it
 * (`<script id="cc-runtime-config" type="application/json">`), which saves a round trip before any
 * tab can start loading; `null` when it did not (a plain static copy of the shell), then the shell fetches it.
 */
export function inlineRuntimeConfig(doc: Document = document): RuntimeConfig | null {
  const text = doc.getElementById(RUNTIME_CONFIG_ELEMENT_ID)?.textContent;
  if (!text?.trim()) return null;
  try {
    return parseRuntimeConfig(JSON.parse(text));
  } catch {
    return null;
  }
}

export const RUNTIME_CONFIG_ELEMENT_ID = 'cc-runtime-config';

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  return inlineRuntimeConfig() ?? fetchRuntimeConfig();
}

export async function fetchRuntimeConfig(url = '/remotes.json'): Promise<RuntimeConfig> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return parseRuntimeConfig(await response.json());
  } catch (error) {
    // No config: the shell still signs people in; every tab then shows its "unavailable" fallback.
    console.error('Customer Corner: could not read the remotes configuration', error);
    return { remotes: {}, customerServicesEmail: defaultCustomerServicesEmail };
  }
}
