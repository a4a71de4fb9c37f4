import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectZohoHost, resetZohoConnectionForTests } from '../../../app/host/zoho/connect-zoho-host';
import { pageContextFrom } from '../../../app/host/zoho/page-context';
import { installStandInSdk } from '../../../app/host/simulator/stand-in-sdk/install-stand-in-sdk';
import type { PageLoadData, StandInBackend } from '../../../app/host/simulator/stand-in-sdk/stand-in-types';

const LEAD = '4876876000007400001';

function backend(pageLoad: PageLoadData | Promise<PageLoadData>, answer = { status: 200, body: { org: [{ id: '1' }] }, headers: {} }): StandInBackend & { requests: unknown[] } {
  const requests: unknown[] = [];
  return {
    requests,
    request: async (request) => {
      requests.push(request);
      return answer;
    },
    ui: async () => true,
    pageLoad: () => Promise.resolve(pageLoad),
  };
}

let uninstall: (() => void) | undefined;
beforeEach(() => resetZohoConnectionForTests());
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  Reflect.deleteProperty(globalThis, 'ZOHO');
});

describe('pageContextFrom', () => {
  it.each([
    ['a detail-view button (array)', { Entity: 'Leads', EntityId: [LEAD], ButtonPosition: 'DetailView' }, { entity: 'Leads', recordIds: [LEAD], buttonPosition: 'DetailView' }],
    ['a related list (string)', { Entity: 'Leads', EntityId: LEAD }, { entity: 'Leads', recordIds: [LEAD], buttonPosition: null }],
    ['a mass action (many)', { Entity: 'Leads', EntityId: ['1', '2'], ButtonPosition: 'ListView' }, { entity: 'Leads', recordIds: ['1', '2'], buttonPosition: 'ListView' }],
    ['no selection', { Entity: 'Leads', ButtonPosition: 'ListViewWithoutRecord' }, { entity: 'Leads', recordIds: [], buttonPosition: 'ListViewWithoutRecord' }],
    ['an empty string id', { Entity: 'Leads', EntityId: '' }, { entity: 'Leads', recordIds: [], buttonPosition: null }],
    ['a safe number id', { EntityId: [42] }, { entity: null, recordIds: ['42'], buttonPosition: null }],
    ['no data at all', undefined, { entity: null, recordIds: [], buttonPosition: null }],
  ])('normalises %s', (_label, data, expected) => {
    expect(pageContextFrom(data)).toEqual(expected);
  });

  it.each([
    ['a path', ['../settings']],
    ['letters', 'abc'],
    ['an unsafe number', [Number.MAX_SAFE_INTEGER + 2]],
    ['an object', [{ id: '1' }]],
  ])('refuses %s', (_label, EntityId) => {
    expect(() => pageContextFrom({ Entity: 'Leads', EntityId })).toThrowError(expect.objectContaining({ kind: 'invalid-input' }));
  });
});

describe('connectZohoHost', () => {
  it('registers PageLoad before init, exactly once, even when called twice (StrictMode)', async () => {
    const order: string[] = [];
    let pageLoad: ((data: unknown) => void) | undefined;
    const fake = {
      embeddedApp: {
        on: vi.fn((event: string, listener: (data: unknown) => void) => {
          order.push(`on:${event}`);
          pageLoad = listener;
        }),
        init: vi.fn(async () => {
          order.push('init');
          setTimeout(() => pageLoad?.({ Entity: 'Leads', EntityId: [LEAD], ButtonPosition: 'DetailView' }), 0);
        }),
      },
      CRM: { UI: {}, CONNECTION: { invoke: vi.fn() } },
    };
    Object.assign(globalThis, { ZOHO: fake });
    const first = connectZohoHost();
    const second = connectZohoHost();
    expect(second).toBe(first);
    const { page, transport } = await first;
    expect(order).toEqual(['on:PageLoad', 'init']);
    expect(fake.embeddedApp.on).toHaveBeenCalledTimes(1);
    expect(fake.embeddedApp.init).toHaveBeenCalledTimes(1);
    expect(page).toEqual({ entity: 'Leads', recordIds: [LEAD], buttonPosition: 'DetailView' });
    expect(transport).toBe('connection');
  });

  it('works against the stand-in SDK, which ignores listeners added after init', async () => {
    uninstall = installStandInSdk(backend({ Entity: 'Leads', EntityId: LEAD })).uninstall;
    const { page, transport, host } = await connectZohoHost();
    expect(page.recordIds).toEqual([LEAD]);
    expect(transport).toBe('zrc');
    await expect(host.getOrg()).resolves.toMatchObject({ id: '1' });
  });

  it('times out when PageLoad never comes', async () => {
    uninstall = installStandInSdk(backend(new Promise<PageLoadData>(() => {}))).uninstall;
    await expect(connectZohoHost({ pageLoadTimeoutMs: 20 })).rejects.toMatchObject({ kind: 'timeout', operation: 'connect' });
  });

  it('fails clearly without the SDK, and when init throws (outside CRM)', async () => {
    await expect(connectZohoHost()).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/not loaded/) });
    resetZohoConnectionForTests();
    Object.assign(globalThis, {
      ZOHO: { embeddedApp: { on: () => {}, init: () => { throw new SyntaxError("Invalid target origin 'undefined'"); } } },
    });
    await expect(connectZohoHost()).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/failed to start/) });
  });

  it('refuses a PageLoad whose ids are not Zoho ids', async () => {
    uninstall = installStandInSdk(backend({ Entity: 'Leads', EntityId: ['1 OR 1=1'] })).uninstall;
    await expect(connectZohoHost()).rejects.toMatchObject({ kind: 'invalid-input' });
  });

  it('falls back to CONNECTION.invoke when the SDK has no zrc', async () => {
    const crm = backend({ Entity: 'Leads', EntityId: [LEAD] });
    uninstall = installStandInSdk(crm, { withZrc: false, deployment: 'EU' }).uninstall;
    const { host, transport } = await connectZohoHost();
    expect(transport).toBe('connection');
    await host.getOrg();
    expect(crm.requests).toEqual([{ method: 'GET', path: '/crm/v7/org', params: {} }]);
  });
});
