import { inferHttpStatus } from './infer-status';
import { asObject, malformed } from './read-json';
import { decodeBody, type ZohoTransport } from './transport';

export type ConnectionTransportOptions = {
  /** Link name of the Zoho CRM connection the admin created (Setup → Developer Space → Connections). */
  connectionName: string;
  /** Absolute API domain of the org's data centre, e.g. https://www.zohoapis.eu; resolved lazily. */
  apiDomain: () => Promise<string>;
};

/** Fallback for SDKs without zrc: the same REST calls through ZOHO.CRM.CONNECTION.invoke. */
export function createConnectionTransport(sdk: ZohoSdk, options: ConnectionTransportOptions): ZohoTransport {
  return {
    async request({ method, path, params, body }) {
      const url = (await options.apiDomain()) + path;
      const request: ZohoConnectionRequest =
        method === 'GET' || method === 'DELETE'
          ? { url, method, param_type: 1, parameters: params ?? {} }
          : { url: withQuery(url, params), method, param_type: 2, parameters: body ?? {} };
      const answer = asObject(await sdk.CRM.CONNECTION.invoke(options.connectionName, request));
      if (!answer) throw malformed('CONNECTION.invoke answered without a result object');
      const details = asObject(answer.details);
      let upstream = decodeBody(details?.statusMessage);
      // No upstream body but a failed invoke: the connection itself failed (e.g. not authorised);
      // its own {code, message, status:'error'} is the most specific error there is.
      if (upstream === undefined && answer.status === 'error') upstream = answer;
      return { status: inferHttpStatus(upstream), body: upstream };
    },
  };
}

function withQuery(url: string, params: Record<string, string> | undefined): string {
  if (!params || Object.keys(params).length === 0) return url;
  return `${url}?${new URLSearchParams(params).toString()}`;
}
