// Ambient declarations for exactly the parts of Zoho's widget SDK 1.5 (classic CDN script) this adapter calls.
// Only app/host/zoho may use the `ZOHO` and `zrc` values; the types describe what the SDK documents,
// so every payload is `unknown` until a parser has narrowed it.

type ZohoPageLoadListener = (data: unknown) => void;

type ZohoConnectionRequest = {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** 1 = parameters go to the query string, 2 = parameters are the JSON request body. */
  param_type: 1 | 2;
  parameters?: unknown;
  headers?: Record<string, string>;
};

type ZohoSdk = {
  embeddedApp: {
    on(event: 'PageLoad', listener: ZohoPageLoadListener): void;
    init(): Promise<unknown>;
  };
  CRM: {
    UI: {
      Resize(size: { width?: number; height: number }): Promise<unknown>;
      Popup: { close(): Promise<unknown>; closeReload(): Promise<unknown> };
      Record: { open(target: { Entity: string; RecordID: string; Target?: '_blank' }): Promise<unknown> };
    };
    CONNECTION: { invoke(connectionName: string, request: ZohoConnectionRequest): Promise<unknown> };
    CONFIG?: { GetCurrentEnvironment?(): Promise<unknown> };
  };
};

type ZohoZrcConfig = { params?: Record<string, string>; signal?: AbortSignal };

/** zrc resolves for HTTP status < 300 and rejects otherwise; the rejection shape varies (see zrc-rejection.ts). */
type ZohoZrc = {
  get(path: string, config?: ZohoZrcConfig): Promise<unknown> | undefined;
  post(path: string, body?: unknown, config?: ZohoZrcConfig): Promise<unknown> | undefined;
  put(path: string, body?: unknown, config?: ZohoZrcConfig): Promise<unknown> | undefined;
  patch(path: string, body?: unknown, config?: ZohoZrcConfig): Promise<unknown> | undefined;
  delete(path: string, config?: ZohoZrcConfig): Promise<unknown> | undefined;
};

declare const ZOHO: ZohoSdk | undefined;
/** A top-level `const` of SDK 1.5 (a global lexical binding, not a window property); absent in older SDKs. */
declare const zrc: ZohoZrc | undefined;
