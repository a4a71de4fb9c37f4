// Types of the stand-in for Zoho's widget SDK (the CDN script), as its callers see it.
import type { SimRequest, SimResponse } from '../sim-http';

/** The SDK's PageLoad payload (zoho-widget-sdk.md §2.4): EntityId is an array for buttons, a string for related lists. */
export type PageLoadData = {
  Entity?: string;
  EntityId?: string | string[];
  ButtonPosition?: string;
  [key: string]: unknown;
};

/** A ZOHO.CRM.UI.* call, named after the SDK function ("Resize", "Popup.close", "Popup.closeReload", "Record.open"). */
export type UiCall = { action: string; data: unknown };

/** Whatever answers the stand-in: the simulated CRM in-process, or the parent page over postMessage. */
export type StandInBackend = {
  /** Rejects when no HTTP answer arrives (a lost response); never settles when the CRM never answers. */
  request(request: SimRequest): Promise<SimResponse>;
  ui(call: UiCall): Promise<unknown>;
  pageLoad(): Promise<PageLoadData>;
};

export type StandInOptions = {
  /** Define the SDK 1.5 `zrc` global (default true); false imitates an older SDK. */
  withZrc?: boolean;
  /** Which of zrc's two documented rejection forms to use (default 'api-error'). */
  errorForm?: 'api-error' | 'raw';
  /** How CONNECTION.invoke hands over the upstream body in details.statusMessage (default 'object'). */
  connectionBody?: 'object' | 'string';
  /** What CONFIG.GetCurrentEnvironment reports (default 'US'). */
  deployment?: string;
};

export type ZrcConfig = { params?: Record<string, unknown>; headers?: Record<string, string>; [key: string]: unknown };
export type ZrcResponse = { status: number; data: unknown; headers: Record<string, string> };
type ZrcPromise = Promise<ZrcResponse> | undefined;

export type StandInZrc = {
  get(path: string, config?: ZrcConfig): ZrcPromise;
  delete(path: string, config?: ZrcConfig): ZrcPromise;
  post(path: string, body?: unknown, config?: ZrcConfig): ZrcPromise;
  put(path: string, body?: unknown, config?: ZrcConfig): ZrcPromise;
  patch(path: string, body?: unknown, config?: ZrcConfig): ZrcPromise;
  request(config: ZrcConfig & { method?: string; path?: string; body?: unknown }): ZrcPromise;
};

export type ConnectionRequest = {
  url: string;
  method?: string;
  param_type?: 1 | 2;
  parameters?: unknown;
  headers?: unknown;
};

export type StandInZoho = {
  embeddedApp: { on(event: string, listener: (data: unknown) => void): void; init(): Promise<void> };
  CRM: {
    UI: {
      Resize(size: unknown): Promise<unknown>;
      Popup: { close(): Promise<unknown>; closeReload(): Promise<unknown> };
      Record: { open(target: unknown): Promise<unknown> };
    };
    CONNECTION: { invoke(connectionName: string, request: ConnectionRequest): Promise<unknown> };
    CONFIG: { GetCurrentEnvironment(): Promise<unknown> };
  };
};

export type StandInSdk = { ZOHO: StandInZoho; zrc: StandInZrc | undefined };
