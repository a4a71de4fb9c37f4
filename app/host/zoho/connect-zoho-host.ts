import { CrmError, isCrmError } from '../../api/crm-error';
import type { CrmHost, PageContext } from '../../api/crm-host';
import { withDeadline } from './deadline';
import { describeFailure } from './describe-failure';
import { pageContextFrom } from './page-context';
import type { Timeouts } from './send-request';
import type { ZohoTransport } from './transport';
import { createZohoCrmHost } from './zoho-crm-host';
import { createZohoUi } from './zoho-ui';
import { createZrcTransport } from './zrc-transport';

export type ConnectZohoOptions = {
  /** How long to wait for the SDK's PageLoad event; default 15 s. */
  pageLoadTimeoutMs?: number;
  /**
   * Only used when the SDK has no zrc (SDK < 1.5): link name of the Zoho CRM connection the admin created
   * in Setup → Developer Space → Connections. Default "leadconvert_crm".
   */
  connectionName?: string;
  /** Only used without zrc: absolute API domain; default derived from GetCurrentEnvironment().deployment. */
  apiDomain?: string;
  timeouts?: Partial<Timeouts>;
};

export type ZohoConnection = { host: CrmHost; page: PageContext; transport: 'zrc' | 'connection' };

export const DEFAULT_CONNECTION_NAME = 'leadconvert_crm';
const DEFAULT_PAGE_LOAD_TIMEOUT_MS = 15_000;

// One handshake per page: the SDK ignores a second on()/init(), so a second attempt would hang.
// Module scope (not a React effect) keeps StrictMode's double mount from registering twice.
let connection: Promise<ZohoConnection> | null = null;

export function connectZohoHost(options: ConnectZohoOptions = {}): Promise<ZohoConnection> {
  connection ??= connect(options);
  return connection;
}

/** Forgets the page's handshake; only for tests that load a fresh SDK stand-in per case. */
export function resetZohoConnectionForTests(): void {
  connection = null;
}

async function connect(options: ConnectZohoOptions): Promise<ZohoConnection> {
  const sdk = typeof ZOHO !== 'undefined' ? ZOHO : undefined;
  if (!sdk?.embeddedApp) throw bootError('network', 'The Zoho widget SDK is not loaded (no ZOHO global).');
  const timeoutMs = options.pageLoadTimeoutMs ?? DEFAULT_PAGE_LOAD_TIMEOUT_MS;
  const transport = pickTransport(sdk, options);

  let pageData: unknown;
  try {
    // PageLoad must be registered before init(): listeners added later are never attached.
    const pageLoad = new Promise<unknown>((resolve) => sdk.embeddedApp.on('PageLoad', resolve));
    const init = sdk.embeddedApp.init();
    pageData = await withDeadline(
      Promise.all([init, pageLoad]).then(([, data]) => data),
      timeoutMs,
      () => bootError('timeout', `Zoho CRM did not send the widget's PageLoad within ${Math.round(timeoutMs / 1000)} s.`),
    );
  } catch (error) {
    if (isCrmError(error)) throw error;
    throw bootError('network', `The Zoho widget SDK failed to start: ${describeFailure(error)}`);
  }
  return {
    host: createZohoCrmHost(transport.transport, createZohoUi(sdk), { timeouts: options.timeouts }),
    page: pageContextFrom(pageData),
    transport: transport.kind,
  };
}

function pickTransport(sdk: ZohoSdk, options: ConnectZohoOptions): { kind: ZohoConnection['transport']; transport: ZohoTransport } {
  const client = typeof zrc !== 'undefined' ? zrc : undefined;
  if (client && typeof client.get === 'function') return { kind: 'zrc', transport: createZrcTransport(client) };
  return { kind: 'connection', transport: lazyConnectionTransport(sdk, options) };
}

/**
 * The connection fallback, downloaded on its first request. A failed download rejects that request like a
 * lost network answer (a write is then reconciled, never resent blindly) and is forgotten, so the next one
 * tries again.
 */
function lazyConnectionTransport(sdk: ZohoSdk, options: ConnectZohoOptions): ZohoTransport {
  let fallback: Promise<ZohoTransport> | null = null;
  return {
    request: (request) => {
      const current = (fallback ??= import('./connection-fallback').then((module) =>
        module.createFallbackTransport(sdk, { connectionName: options.connectionName ?? DEFAULT_CONNECTION_NAME, apiDomain: options.apiDomain }),
      ));
      current.catch(() => {
        if (fallback === current) fallback = null;
      });
      return current.then((transport) => transport.request(request));
    },
  };
}

function bootError(kind: 'network' | 'timeout', message: string): CrmError {
  return new CrmError({ kind, operation: 'connect', message, mayHaveExecuted: false });
}
