import { httpAnswerFromRejection } from './zrc-rejection';
import { asObject, readNumber } from './read-json';
import { decodeBody, type TransportRequest, type ZohoTransport } from './transport';

/** SDK 1.5's zrc with relative /crm/v7 paths: runs as the logged-in user, nothing to configure. */
export function createZrcTransport(client: ZohoZrc): ZohoTransport {
  return {
    async request(request) {
      const pending = send(client, request);
      // zrc returns undefined instead of a promise when it refuses a call (e.g. before init).
      if (!pending || typeof pending.then !== 'function') throw new Error('zrc refused the call');
      try {
        const response = asObject(await pending);
        const body = decodeBody(response?.data);
        return { status: readNumber(response?.status) ?? (body === undefined ? 204 : 200), body };
      } catch (rejection) {
        const answer = httpAnswerFromRejection(rejection);
        if (answer) return answer;
        throw rejection;
      }
    },
  };
}

function send(client: ZohoZrc, { method, path, params, body }: TransportRequest) {
  const config = params ? { params } : undefined;
  switch (method) {
    case 'GET':
      return client.get(path, config);
    case 'DELETE':
      return client.delete(path, config);
    case 'POST':
      return client.post(path, body, config);
    case 'PUT':
      return client.put(path, body, config);
    case 'PATCH':
      return client.patch(path, body, config);
  }
}
