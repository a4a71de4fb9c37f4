import type { SimResponse } from '../sim-http';
import { toSimRequest } from './crm-url';
import { httpError, networkError } from './zrc-errors';
import type { StandInBackend, StandInOptions, StandInZrc, ZrcConfig, ZrcResponse } from './stand-in-types';

/** SDK 1.5's zrc: resolves {status, data, headers} below 300, rejects otherwise; refuses calls before init. */
export function createStandInZrc(
  backend: StandInBackend,
  options: StandInOptions,
  isInitialised: () => boolean,
): StandInZrc {
  const form = options.errorForm ?? 'api-error';

  function call(method: string, path: string, body: unknown, config: ZrcConfig | undefined) {
    if (!isInitialised()) {
      // What SDK 1.5 does: log a ZrcError and hand back undefined instead of a promise.
      console.error('ZrcError: ZRC methods called before init');
      return undefined;
    }
    const request = toSimRequest(method, path, config?.params, body);
    const info = { method: request.method, url: path };
    return backend.request(request).then(
      (response) => {
        const answer = toZrcResponse(response);
        if (answer.status >= 300) throw httpError(form, info, answer);
        return answer;
      },
      (cause: unknown) => {
        throw networkError(form, info, cause);
      },
    );
  }

  return {
    get: (path, config) => call('GET', path, undefined, config),
    delete: (path, config) => call('DELETE', path, undefined, config),
    post: (path, body, config) => call('POST', path, body, config),
    put: (path, body, config) => call('PUT', path, body, config),
    patch: (path, body, config) => call('PATCH', path, body, config),
    request: ({ method, path, body, ...config }) => call(method ?? 'GET', path ?? '/', body, config),
  };
}

// A 204 (or any empty body) reads as an empty string, as a text read of an empty fetch body would.
function toZrcResponse(response: SimResponse): ZrcResponse {
  return { status: response.status, data: response.body === undefined ? '' : response.body, headers: { ...response.headers } };
}
