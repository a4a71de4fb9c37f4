import { withDeadline } from './deadline';
import { asObject, readString } from './read-json';

// [INFERRED] GetCurrentEnvironment().deployment values are only known from a commented-out JSDoc ("US");
// the other codes follow Zoho's data-centre names. Unknown or missing → the US domain.
const DOMAINS: Record<string, string> = {
  US: 'https://www.zohoapis.com',
  EU: 'https://www.zohoapis.eu',
  IN: 'https://www.zohoapis.in',
  AU: 'https://www.zohoapis.com.au',
  JP: 'https://www.zohoapis.jp',
  CA: 'https://www.zohoapis.ca',
  CN: 'https://www.zohoapis.com.cn',
};
export const DEFAULT_API_DOMAIN = 'https://www.zohoapis.com';

export function apiDomainFor(deployment: unknown): string {
  return DOMAINS[(readString(deployment) ?? '').trim().toUpperCase()] ?? DEFAULT_API_DOMAIN;
}

/** Asks the SDK which data centre the org lives in; any failure or silence falls back to .com. */
export async function detectApiDomain(sdk: ZohoSdk, timeoutMs: number): Promise<string> {
  const getEnvironment = sdk.CRM.CONFIG?.GetCurrentEnvironment;
  if (typeof getEnvironment !== 'function') return DEFAULT_API_DOMAIN;
  try {
    const environment = await withDeadline(
      Promise.resolve().then(() => getEnvironment.call(sdk.CRM.CONFIG)),
      timeoutMs,
      () => new Error('GetCurrentEnvironment timed out'),
    );
    return apiDomainFor(asObject(environment)?.deployment);
  } catch {
    return DEFAULT_API_DOMAIN;
  }
}
