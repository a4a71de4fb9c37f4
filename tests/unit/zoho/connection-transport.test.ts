import { describe, expect, it } from 'vitest';
import { createConnectionTransport } from '../../../app/host/zoho/connection-transport';
import { apiDomainFor, detectApiDomain } from '../../../app/host/zoho/api-domain';
import { inferHttpStatus } from '../../../app/host/zoho/infer-status';
import { ALREADY_CONVERTED, CONVERTED, KAIZEN_OPTIONS, MAPPING_MISMATCH, SCHEDULED, TOO_MANY } from './zoho-fixtures';

function fakeSdk(invoke: (name: string, request: ZohoConnectionRequest) => Promise<unknown>, environment?: () => Promise<unknown>): ZohoSdk {
  const never = () => new Promise<unknown>(() => {});
  return {
    embeddedApp: { on: () => {}, init: never },
    CRM: {
      UI: { Resize: never, Popup: { close: never, closeReload: never }, Record: { open: never } },
      CONNECTION: { invoke },
      ...(environment ? { CONFIG: { GetCurrentEnvironment: environment } } : {}),
    },
  };
}

const wrap = (statusMessage: unknown) => ({
  code: 'SUCCESS',
  details: { statusMessage },
  message: 'Connection invoked successfully',
  status: 'success',
});

describe('CONNECTION.invoke transport', () => {
  it('sends GET params as param_type 1 and bodies as param_type 2 to the absolute URL', async () => {
    const sent: [string, ZohoConnectionRequest][] = [];
    const sdk = fakeSdk(async (name, request) => {
      sent.push([name, request]);
      return wrap({});
    });
    const transport = createConnectionTransport(sdk, { connectionName: 'leadconvert_crm', apiDomain: async () => 'https://www.zohoapis.eu' });
    await transport.request({ method: 'GET', path: '/crm/v7/Leads/1', params: { converted: 'both' } });
    await transport.request({ method: 'POST', path: '/crm/v7/Leads/1/actions/convert', body: { data: [{ overwrite: true }] } });
    expect(sent).toEqual([
      ['leadconvert_crm', { url: 'https://www.zohoapis.eu/crm/v7/Leads/1', method: 'GET', param_type: 1, parameters: { converted: 'both' } }],
      ['leadconvert_crm', { url: 'https://www.zohoapis.eu/crm/v7/Leads/1/actions/convert', method: 'POST', param_type: 2, parameters: { data: [{ overwrite: true }] } }],
    ]);
  });

  it.each([
    ['an object', KAIZEN_OPTIONS, { status: 200, body: KAIZEN_OPTIONS }],
    ['a JSON string', JSON.stringify(KAIZEN_OPTIONS), { status: 200, body: KAIZEN_OPTIONS }],
    ['an empty string (204)', '', { status: 204, body: undefined }],
    ['nothing (204)', undefined, { status: 204, body: undefined }],
    ['a SCHEDULED item', SCHEDULED, { status: 202, body: SCHEDULED }],
    ['a root error', ALREADY_CONVERTED, { status: 400, body: ALREADY_CONVERTED }],
    ['a data[] error', MAPPING_MISMATCH, { status: 400, body: MAPPING_MISMATCH }],
    ['TOO_MANY_REQUESTS', JSON.stringify(TOO_MANY), { status: 429, body: TOO_MANY }],
    ['a success', CONVERTED, { status: 200, body: CONVERTED }],
    ['a truncated JSON string', '{"data":', { status: 200, body: '{"data":' }],
  ])('reads statusMessage as %s', async (_label, statusMessage, expected) => {
    const transport = createConnectionTransport(fakeSdk(async () => wrap(statusMessage)), { connectionName: 'c', apiDomain: async () => 'https://x' });
    await expect(transport.request({ method: 'GET', path: '/crm/v7/org' })).resolves.toEqual(expected);
  });

  it('reports a failed connection with its own error object', async () => {
    const failure = { code: 'INVALID_CONNECTION', message: 'connection not authorised', status: 'error' };
    const transport = createConnectionTransport(fakeSdk(async () => failure), { connectionName: 'c', apiDomain: async () => 'https://x' });
    await expect(transport.request({ method: 'GET', path: '/crm/v7/org' })).resolves.toEqual({ status: 400, body: failure });
  });

  it('refuses an invoke that resolves with nothing as malformed', async () => {
    const transport = createConnectionTransport(fakeSdk(async () => undefined), { connectionName: 'c', apiDomain: async () => 'https://x' });
    await expect(transport.request({ method: 'GET', path: '/crm/v7/org' })).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('lets an invoke rejection through (no HTTP answer)', async () => {
    const transport = createConnectionTransport(fakeSdk(() => Promise.reject(new Error('gone'))), { connectionName: 'c', apiDomain: async () => 'https://x' });
    await expect(transport.request({ method: 'GET', path: '/crm/v7/org' })).rejects.toThrow('gone');
  });
});

describe('API domain [INFERRED]', () => {
  it.each([
    ['US', 'https://www.zohoapis.com'],
    ['eu', 'https://www.zohoapis.eu'],
    ['IN', 'https://www.zohoapis.in'],
    ['AU', 'https://www.zohoapis.com.au'],
    ['JP', 'https://www.zohoapis.jp'],
    ['CA', 'https://www.zohoapis.ca'],
    ['CN', 'https://www.zohoapis.com.cn'],
    ['XX', 'https://www.zohoapis.com'],
    [undefined, 'https://www.zohoapis.com'],
  ])('%s → %s', (deployment, domain) => {
    expect(apiDomainFor(deployment)).toBe(domain);
  });

  it('asks GetCurrentEnvironment and falls back to .com when it is missing, fails or hangs', async () => {
    const invoke = async () => ({});
    await expect(detectApiDomain(fakeSdk(invoke, async () => ({ deployment: 'EU' })), 100)).resolves.toBe('https://www.zohoapis.eu');
    await expect(detectApiDomain(fakeSdk(invoke), 100)).resolves.toBe('https://www.zohoapis.com');
    await expect(detectApiDomain(fakeSdk(invoke, () => Promise.reject(new Error('x'))), 100)).resolves.toBe('https://www.zohoapis.com');
    await expect(detectApiDomain(fakeSdk(invoke, () => new Promise(() => {})), 20)).resolves.toBe('https://www.zohoapis.com');
  });
});

describe('inferHttpStatus [INFERRED]', () => {
  it.each([
    [undefined, 204],
    [{ code: 'INTERNAL_ERROR', status: 'error' }, 500],
    [{ code: 'NO_PERMISSION', status: 'error' }, 403],
    [{ code: 'OAUTH_SCOPE_MISMATCH', status: 'error' }, 401],
    [{ code: 'INVALID_DATA', status: 'error' }, 400],
    [{ code: 'SCHEDULED', status: 'success', details: { job_id: '1' } }, 202],
    [{ data: [{ Status: 'completed' }] }, 200],
  ])('%j → %i', (body, status) => {
    expect(inferHttpStatus(body)).toBe(status);
  });
});
