import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrmError } from '../../../app/api/crm-error';
import type { CrmHost } from '../../../app/api/crm-host';
import { createZohoCrmHost } from '../../../app/host/zoho/zoho-crm-host';
import { fakeTransport, recordingUi } from './fake-transport';
import { CONVERTED, KAIZEN_OPTIONS, LEAD_RECORD, TOO_MANY } from './zoho-fixtures';

const LEAD = '4876876000007400001';
const ok = (body: unknown) => ({ status: 200, body });

function hostAnswering(answer: Parameters<typeof fakeTransport>[0]) {
  const { transport, requests } = fakeTransport(answer);
  const { ui, calls } = recordingUi();
  return { host: createZohoCrmHost(transport, ui, { timeouts: { readMs: 50, writeMs: 80, uiMs: 30 } }), requests, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('requests the documented v7 endpoints', () => {
  const empty = { status: 204, body: undefined };
  const cases: [string, (host: CrmHost) => Promise<unknown>, unknown, object][] = [
    ['getLead', (h) => h.getLead(LEAD), ok({ data: [LEAD_RECORD] }), { method: 'GET', path: `/crm/v7/Leads/${LEAD}`, params: { converted: 'both', approved: 'both' } }],
    ['getLeads', (h) => h.getLeads([LEAD, '2']), ok({ data: [LEAD_RECORD] }), { method: 'GET', path: '/crm/v7/Leads', params: expect.objectContaining({ ids: `${LEAD},2`, fields: expect.stringContaining('Company'), converted: 'both' }) }],
    ['getConversionOptions', (h) => h.getConversionOptions(LEAD), ok(KAIZEN_OPTIONS), { method: 'GET', path: `/crm/v7/Leads/${LEAD}/__conversion_options` }],
    ['convertLead', (h) => h.convertLead(LEAD, { overwrite: true }), ok(CONVERTED), { method: 'POST', path: `/crm/v7/Leads/${LEAD}/actions/convert`, body: { data: [{ overwrite: true }] } }],
    ['massConvert', (h) => h.massConvert({ ids: [LEAD] }), { status: 202, body: { code: 'SCHEDULED', details: { job_id: '9' }, status: 'success' } }, { method: 'POST', path: '/crm/v7/Leads/actions/mass_convert', body: { ids: [LEAD] } }],
    ['getMassConvertStatus', (h) => h.getMassConvertStatus('9'), ok({ data: [{ Status: 'scheduled' }] }), { method: 'GET', path: '/crm/v7/Leads/actions/mass_convert', params: { job_id: '9' } }],
    ['getLayouts', (h) => h.getLayouts('Deals'), ok({ layouts: [] }), { method: 'GET', path: '/crm/v7/settings/layouts', params: { module: 'Deals' } }],
    ['getLayout', (h) => h.getLayout('Leads', '55'), ok({ layouts: [{ id: '55', name: 'Standard' }] }), { method: 'GET', path: '/crm/v7/settings/layouts/55', params: { module: 'Leads' } }],
    ['getPipelines', (h) => h.getPipelines('23'), empty, { method: 'GET', path: '/crm/v7/settings/pipeline', params: { layout_id: '23' } }],
    ['getContactRoles', (h) => h.getContactRoles(), empty, { method: 'GET', path: '/crm/v7/Contacts/roles' }],
    ['getActiveUsers', (h) => h.getActiveUsers(), empty, { method: 'GET', path: '/crm/v7/users', params: { type: 'ActiveUsers' } }],
    ['getCurrentUser', (h) => h.getCurrentUser(), ok({ users: [{ id: '1', full_name: 'A' }] }), { method: 'GET', path: '/crm/v7/users', params: { type: 'CurrentUser' } }],
    ['getOrg', (h) => h.getOrg(), ok({ org: [{ id: '1' }] }), { method: 'GET', path: '/crm/v7/org' }],
  ];
  it.each(cases)('%s', async (_name, run, answer, expected) => {
    const { host, requests } = hostAnswering(() => answer as { status: number; body: unknown });
    await run(host);
    expect(requests).toEqual([expect.objectContaining(expected)]);
  });
});

describe('refuses ids that are not digit strings before anything is sent', () => {
  const bad = ['', 'abc', '123/../../settings', '12 34', '1e5', '../Leads', '4876876000007400001?x=1'];
  const calls: [string, (host: CrmHost, id: string) => Promise<unknown>][] = [
    ['getLead', (h, id) => h.getLead(id)],
    ['getLeads', (h, id) => h.getLeads(['1', id])],
    ['getConversionOptions', (h, id) => h.getConversionOptions(id)],
    ['convertLead', (h, id) => h.convertLead(id, {})],
    ['massConvert', (h, id) => h.massConvert({ ids: [id] })],
    ['getMassConvertStatus', (h, id) => h.getMassConvertStatus(id)],
    ['getLayout', (h, id) => h.getLayout('Leads', id)],
    ['getPipelines', (h, id) => h.getPipelines(id)],
    ['openRecord', (h, id) => h.openRecord({ module: 'Contacts', id })],
  ];
  it.each(calls.flatMap(([name, run]) => bad.map((id) => [name, id, run] as const)))('%s(%j)', async (_name, id, run) => {
    const { host, requests, calls: uiCalls } = hostAnswering(() => ok({}));
    await expect(run(host, id)).rejects.toMatchObject({ kind: 'invalid-input', mayHaveExecuted: false });
    expect(requests).toEqual([]);
    expect(uiCalls).toEqual([]);
  });

  it('refuses more than 100 leads per read and more than 50 per mass convert', async () => {
    const { host, requests } = hostAnswering(() => ok({ data: [] }));
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    await expect(host.getLeads(ids(101))).rejects.toMatchObject({ kind: 'invalid-input' });
    await expect(host.massConvert({ ids: ids(51) })).rejects.toMatchObject({ kind: 'invalid-input' });
    await expect(host.massConvert({ ids: [] })).rejects.toMatchObject({ kind: 'invalid-input' });
    await expect(host.getLeads([])).resolves.toEqual([]);
    expect(requests).toEqual([]);
  });
});

describe('failures', () => {
  it.each([
    ['a read', (h: CrmHost) => h.getConversionOptions(LEAD), false],
    ['convert', (h: CrmHost) => h.convertLead(LEAD, {}), true],
    ['mass convert', (h: CrmHost) => h.massConvert({ ids: [LEAD] }), true],
  ])('%s that never answers times out (mayHaveExecuted %s)', async (_label, run, mayHaveExecuted) => {
    vi.useFakeTimers();
    const { host } = hostAnswering(() => new Promise(() => {}));
    const outcome = run(host).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    await expect(outcome).resolves.toMatchObject({ kind: 'timeout', mayHaveExecuted });
  });

  it.each([
    ['a read', (h: CrmHost) => h.getLead(LEAD), false],
    ['convert', (h: CrmHost) => h.convertLead(LEAD, {}), true],
  ])('%s whose answer is lost is a network error (mayHaveExecuted %s)', async (_label, run, mayHaveExecuted) => {
    const { host } = hostAnswering(() => Promise.reject(new Error('lost')));
    await expect(run(host)).rejects.toMatchObject({ kind: 'network', mayHaveExecuted });
  });

  it('a 429 on convert is rate-limited and was not executed', async () => {
    const { host } = hostAnswering(() => ({ status: 429, body: TOO_MANY }));
    await expect(host.convertLead(LEAD, {})).rejects.toMatchObject({ kind: 'rate-limited', mayHaveExecuted: false, operation: 'convertLead' });
  });

  it.each([
    ['an empty 200', { status: 200, body: undefined }],
    ['a truncated JSON string', { status: 200, body: '{"__conversion_options":' }],
    ['an array', { status: 200, body: [1, 2] }],
  ])('%s is malformed, with the operation named', async (_label, answer) => {
    const { host } = hostAnswering(() => answer);
    const error = await host.getConversionOptions(LEAD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrmError);
    expect(error).toMatchObject({ kind: 'malformed', operation: 'getConversionOptions' });
  });

  it('stops waiting when the caller aborts', async () => {
    const { host } = hostAnswering(() => new Promise(() => {}));
    const controller = new AbortController();
    const pending = host.getOrg({ signal: controller.signal });
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('UI calls', () => {
  it('reach ZOHO.CRM.UI with the SDK shapes', async () => {
    const { host, calls } = hostAnswering(() => ok({}));
    await host.openRecord({ module: 'Contacts', id: '4876876000007421001' });
    await host.openRecord({ module: 'Deals', id: '1', newTab: true });
    await host.closePopup({ reload: false });
    await host.closePopup({ reload: true });
    await host.resize({ height: 600 });
    await host.resize({ width: 900, height: 640 });
    expect(calls).toEqual([
      { action: 'Record.open', data: { Entity: 'Contacts', RecordID: '4876876000007421001' } },
      { action: 'Record.open', data: { Entity: 'Deals', RecordID: '1', Target: '_blank' } },
      { action: 'Popup.close', data: null },
      { action: 'Popup.closeReload', data: null },
      { action: 'Resize', data: { height: 600 } },
      { action: 'Resize', data: { width: 900, height: 640 } },
    ]);
  });

  it('time out and fail as CrmErrors', async () => {
    const hanging = recordingUi(() => new Promise(() => {}));
    const { transport } = fakeTransport(() => ok({}));
    const host = createZohoCrmHost(transport, hanging.ui, { timeouts: { uiMs: 10 } });
    await expect(host.closePopup({ reload: true })).rejects.toMatchObject({ kind: 'timeout', operation: 'closePopup' });
    const failing = recordingUi(() => Promise.reject(new Error('no popup')));
    const host2 = createZohoCrmHost(transport, failing.ui);
    await expect(host2.resize({ height: 1 })).rejects.toMatchObject({ kind: 'network', operation: 'resize' });
  });
});
