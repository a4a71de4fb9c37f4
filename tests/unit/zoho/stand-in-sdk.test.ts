import { describe, expect, it, vi } from 'vitest';
import { SimulatedNetworkError, type SimRequest, type SimResponse } from '../../../app/host/simulator/sim-http';
import { createStandInSdk } from '../../../app/host/simulator/stand-in-sdk/create-stand-in-sdk';
import type { StandInBackend, UiCall } from '../../../app/host/simulator/stand-in-sdk/stand-in-types';

const PAGE = { Entity: 'Leads', EntityId: ['1'], ButtonPosition: 'DetailView' };

function backend(handle: (request: SimRequest) => Promise<SimResponse>) {
  const uiCalls: UiCall[] = [];
  const requests: SimRequest[] = [];
  const value: StandInBackend = {
    request: (request) => {
      requests.push(request);
      return handle(request);
    },
    ui: async (call) => {
      uiCalls.push(call);
      return true;
    },
    pageLoad: async () => PAGE,
  };
  return { backend: value, uiCalls, requests };
}

const answer = (status: number, body: unknown): Promise<SimResponse> => Promise.resolve({ status, body, headers: { 'content-type': 'application/json' } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stand-in ZOHO.embeddedApp', () => {
  it('delivers PageLoad after init to the listener registered before it, never to a later one', async () => {
    const { ZOHO } = createStandInSdk(backend(() => answer(200, {})).backend);
    const early = vi.fn();
    const late = vi.fn();
    ZOHO.embeddedApp.on('PageLoad', early);
    const init = ZOHO.embeddedApp.init();
    ZOHO.embeddedApp.on('PageLoad', late);
    expect(ZOHO.embeddedApp.init()).toBe(init);
    expect(early).not.toHaveBeenCalled();
    await init;
    await flush();
    expect(early).toHaveBeenCalledExactlyOnceWith(PAGE);
    expect(late).not.toHaveBeenCalled();
  });
});

describe('stand-in zrc', () => {
  it('refuses calls before init by returning undefined, like SDK 1.5', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { zrc } = createStandInSdk(backend(() => answer(200, {})).backend);
    expect(zrc?.get('/crm/v7/org')).toBeUndefined();
    expect(error).toHaveBeenCalled();
  });

  async function ready(handle: (request: SimRequest) => Promise<SimResponse>, errorForm?: 'api-error' | 'raw') {
    const parts = backend(handle);
    const sdk = createStandInSdk(parts.backend, { errorForm });
    await sdk.ZOHO.embeddedApp.init();
    if (!sdk.zrc) throw new Error('expected zrc');
    return { zrc: sdk.zrc, ...parts };
  }

  it('turns paths, query strings and params into simulator requests', async () => {
    const { zrc, requests } = await ready(() => answer(200, {}));
    await zrc.get('/crm/v7/Leads/1?converted=both', { params: { approved: 'both' } });
    await zrc.post('/crm/v7/Leads/1/actions/convert', JSON.stringify({ data: [{}] }));
    await zrc.request({ method: 'patch', path: '/crm/v7/x', body: { a: 1 } });
    expect(requests).toEqual([
      { method: 'GET', path: '/crm/v7/Leads/1', params: { converted: 'both', approved: 'both' } },
      { method: 'POST', path: '/crm/v7/Leads/1/actions/convert', params: {}, body: { data: [{}] } },
      { method: 'PATCH', path: '/crm/v7/x', params: {}, body: { a: 1 } },
    ]);
  });

  it("resolves {status, data, headers} below 300, with data '' for 204", async () => {
    const { zrc } = await ready(async (request) => (request.path.endsWith('empty') ? answer(204, undefined) : answer(202, { ok: 1 })));
    await expect(zrc.get('/crm/v7/x')).resolves.toEqual({ status: 202, data: { ok: 1 }, headers: { 'content-type': 'application/json' } });
    await expect(zrc.get('/crm/v7/empty')).resolves.toMatchObject({ status: 204, data: '' });
  });

  it.each([
    ['api-error', { name: 'ApiError', status: 400, details: { code: 'X', status: 'error' } }],
    ['raw', { error: expect.objectContaining({ name: 'API_ERROR' }), request: expect.anything(), response: expect.objectContaining({ status: 400, data: { code: 'X', status: 'error' } }) }],
  ] as const)('rejects ≥ 300 in the %s form', async (form, expected) => {
    const { zrc } = await ready(() => answer(400, { code: 'X', status: 'error' }), form);
    await expect(zrc.get('/crm/v7/x')).rejects.toMatchObject(expected);
  });

  it.each(['api-error', 'raw'] as const)('rejects a lost answer without any HTTP answer (%s)', async (form) => {
    const { zrc } = await ready(() => Promise.reject(new SimulatedNetworkError('lost', true)), form);
    const rejection = await zrc.get('/crm/v7/x')?.catch((error: unknown) => error);
    expect(rejection).toMatchObject(form === 'raw' ? { response: undefined } : { name: 'ApiError' });
    expect(rejection).not.toHaveProperty('status');
  });
});

describe('stand-in CONNECTION.invoke, UI and CONFIG', () => {
  it.each([
    ['object', { data: [1] }],
    ['string', JSON.stringify({ data: [1] })],
  ] as const)('hands the upstream body over in details.statusMessage as %s, without the status', async (form, statusMessage) => {
    const parts = backend(() => answer(201, { data: [1] }));
    const { ZOHO } = createStandInSdk(parts.backend, { connectionBody: form });
    const result = await ZOHO.CRM.CONNECTION.invoke('leadconvert_crm', {
      url: 'https://www.zohoapis.eu/crm/v7/Leads/actions/mass_convert',
      method: 'POST',
      param_type: 2,
      parameters: { ids: ['1'] },
    });
    expect(result).toEqual({ code: 'SUCCESS', details: { statusMessage }, message: 'Connection invoked successfully', status: 'success' });
    expect(parts.requests).toEqual([{ method: 'POST', path: '/crm/v7/Leads/actions/mass_convert', params: {}, body: { ids: ['1'] } }]);
  });

  it('sends param_type 1 parameters as query params, and rejects when the answer is lost', async () => {
    const parts = backend(() => Promise.reject(new SimulatedNetworkError('lost', false)));
    const { ZOHO } = createStandInSdk(parts.backend);
    const call = ZOHO.CRM.CONNECTION.invoke('c', { url: 'https://www.zohoapis.com/crm/v7/users', method: 'GET', param_type: 1, parameters: { type: 'CurrentUser' } });
    await expect(call).rejects.toMatchObject({ status: 'error' });
    expect(parts.requests).toEqual([{ method: 'GET', path: '/crm/v7/users', params: { type: 'CurrentUser' } }]);
  });

  it('forwards UI calls by SDK name and reports the configured data centre', async () => {
    const parts = backend(() => answer(200, {}));
    const { ZOHO } = createStandInSdk(parts.backend, { deployment: 'IN' });
    await ZOHO.CRM.UI.Resize({ height: 600 });
    await ZOHO.CRM.UI.Popup.close();
    await ZOHO.CRM.UI.Popup.closeReload();
    await expect(ZOHO.CRM.UI.Record.open({ Entity: 'Contacts', RecordID: '1' })).resolves.toBe(true);
    expect(parts.uiCalls.map((call) => call.action)).toEqual(['Resize', 'Popup.close', 'Popup.closeReload', 'Record.open']);
    await expect(ZOHO.CRM.CONFIG.GetCurrentEnvironment()).resolves.toMatchObject({ deployment: 'IN' });
  });

  it('has no zrc when asked to imitate an older SDK', () => {
    expect(createStandInSdk(backend(() => answer(200, {})).backend, { withZrc: false }).zrc).toBeUndefined();
  });
});
