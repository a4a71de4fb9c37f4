import { toSimRequest, parseJson } from './crm-url';
import type { ConnectionRequest, StandInBackend, StandInOptions } from './stand-in-types';

/**
 * ZOHO.CRM.CONNECTION.invoke: the upstream body arrives in details.statusMessage (an object or a JSON
 * string) and, as in the real SDK, the upstream HTTP status is not exposed.
 */
export function createStandInConnection(backend: StandInBackend, options: StandInOptions) {
  return async (connectionName: string, request: ConnectionRequest): Promise<unknown> => {
    const parameters = parseJson(request.parameters);
    const inBody = request.param_type === 2;
    const simRequest = toSimRequest(request.method, request.url, inBody ? undefined : parameters, inBody ? parameters : undefined);
    let response;
    try {
      response = await backend.request(simRequest);
    } catch (cause) {
      // The host's EVENT_RESPONSE_FAILURE: the promise rejects with whatever the host sent.
      throw { code: 'CONNECTION_FAILED', message: `${connectionName}: ${cause instanceof Error ? cause.message : String(cause)}`, status: 'error' };
    }
    const body = response.body === undefined ? '' : response.body;
    return {
      code: 'SUCCESS',
      details: { statusMessage: options.connectionBody === 'string' && typeof body !== 'string' ? JSON.stringify(body) : body },
      message: 'Connection invoked successfully',
      status: 'success',
    };
  };
}
