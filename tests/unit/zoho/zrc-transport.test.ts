import { describe, expect, it, vi } from 'vitest';
import { createZrcTransport } from '../../../app/host/zoho/zrc-transport';
import { ALREADY_CONVERTED, KAIZEN_OPTIONS } from './zoho-fixtures';

type Call = (...args: unknown[]) => Promise<unknown> | undefined;

function fakeZrc(answer: Call): ZohoZrc & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const method = (name: string): Call => (...args) => {
    calls.push([name, ...args]);
    return answer(...args);
  };
  return { calls, get: method('get'), post: method('post'), put: method('put'), patch: method('patch'), delete: method('delete') };
}

const request = { method: 'GET' as const, path: '/crm/v7/Leads/1/__conversion_options' };

describe('zrc transport', () => {
  it('calls zrc.get with params and zrc.post with the body', async () => {
    const client = fakeZrc(async () => ({ status: 200, data: {}, headers: {} }));
    const transport = createZrcTransport(client);
    await transport.request({ method: 'GET', path: '/crm/v7/users', params: { type: 'ActiveUsers' } });
    await transport.request({ method: 'POST', path: '/crm/v7/Leads/1/actions/convert', body: { data: [{}] } });
    expect(client.calls).toEqual([
      ['get', '/crm/v7/users', { params: { type: 'ActiveUsers' } }],
      ['post', '/crm/v7/Leads/1/actions/convert', { data: [{}] }, undefined],
    ]);
  });

  it.each([
    ['a JSON object', { status: 200, data: KAIZEN_OPTIONS }, { status: 200, body: KAIZEN_OPTIONS }],
    ['a JSON text', { status: 200, data: JSON.stringify(KAIZEN_OPTIONS) }, { status: 200, body: KAIZEN_OPTIONS }],
    ['204 with data undefined', { status: 204, data: undefined }, { status: 204, body: undefined }],
    ["204 with data ''", { status: 204, data: '' }, { status: 204, body: undefined }],
    ['202 SCHEDULED', { status: 202, data: { data: [{ code: 'SCHEDULED' }] } }, { status: 202, body: { data: [{ code: 'SCHEDULED' }] } }],
    ['a truncated JSON text', { status: 200, data: '{"data":[' }, { status: 200, body: '{"data":[' }],
    ['no status at all', { data: { a: 1 } }, { status: 200, body: { a: 1 } }],
  ])('resolves with %s', async (_label, answer, expected) => {
    const transport = createZrcTransport(fakeZrc(async () => answer));
    await expect(transport.request(request)).resolves.toEqual(expected);
  });

  const apiError = (extra: object) => Object.assign(new Error('Request failed with status code 400'), { name: 'ApiError', ...extra });
  it.each([
    ['ApiError with details (the documented sample)', apiError({ status: 400, details: ALREADY_CONVERTED })],
    ['ApiError with response.data', apiError({ status: 400, response: { status: 400, data: ALREADY_CONVERTED } })],
    ['API_ERROR (the SDK source name)', apiError({ name: 'API_ERROR', status: 400, details: ALREADY_CONVERTED })],
    ['the raw {error, request, response} form', { error: new Error('x'), request: {}, response: { status: 400, data: ALREADY_CONVERTED, headers: {} } }],
    ['the raw form with a JSON text body', { error: new Error('x'), request: {}, response: { status: 400, data: JSON.stringify(ALREADY_CONVERTED) } }],
  ])('turns a rejection into the HTTP answer: %s', async (_label, rejection) => {
    const transport = createZrcTransport(fakeZrc(() => Promise.reject(rejection)));
    await expect(transport.request(request)).resolves.toEqual({ status: 400, body: ALREADY_CONVERTED });
  });

  it.each([
    ['ApiError without status', Object.assign(new Error('Network Error'), { name: 'ApiError' })],
    ['raw form without response', { error: new Error('Network Error'), request: {}, response: undefined }],
    ['a plain TypeError', new TypeError('Failed to fetch')],
    ['a string', 'boom'],
  ])('rethrows a rejection without an HTTP answer: %s', async (_label, rejection) => {
    const transport = createZrcTransport(fakeZrc(() => Promise.reject(rejection)));
    await expect(transport.request(request)).rejects.toBe(rejection);
  });

  it('fails when zrc refuses the call and returns undefined (called before init)', async () => {
    const transport = createZrcTransport(fakeZrc(() => undefined));
    await expect(transport.request(request)).rejects.toThrow(/zrc refused/);
  });

  it('keeps the 429 status of a rejection', async () => {
    const rejection = apiError({ status: 429, details: undefined });
    const transport = createZrcTransport(fakeZrc(vi.fn(() => Promise.reject(rejection))));
    await expect(transport.request(request)).resolves.toEqual({ status: 429, body: undefined });
  });
});
