// The transport for SDKs without zrc (< 1.5): ZOHO.CRM.CONNECTION.invoke against the org's data centre. Its own
// chunk: with SDK 1.5 (what widget.html loads) it is never needed, so the first load does not carry it.
import { detectApiDomain } from './api-domain';
import { createConnectionTransport } from './connection-transport';
import type { ZohoTransport } from './transport';

const ENVIRONMENT_TIMEOUT_MS = 5_000;

export function createFallbackTransport(sdk: ZohoSdk, options: { connectionName: string; apiDomain?: string | undefined }): ZohoTransport {
  let domain: Promise<string> | null = null;
  const fixedDomain = options.apiDomain;
  return createConnectionTransport(sdk, {
    connectionName: options.connectionName,
    apiDomain: () => (domain ??= fixedDomain ? Promise.resolve(fixedDomain) : detectApiDomain(sdk, ENVIRONMENT_TIMEOUT_MS)),
  });
}
