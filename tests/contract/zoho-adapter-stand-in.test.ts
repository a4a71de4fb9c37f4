// (2) The production boot path: the stand-in SDK globals (in-process backend) + connectZohoHost(),
// once per SDK variant the adapter must survive.
import { afterEach, describe, expect, it } from 'vitest';
import { connectZohoHost, resetZohoConnectionForTests } from '../../app/host/zoho/connect-zoho-host';
import { createInProcessBackend } from '../../app/host/simulator/stand-in-sdk/in-process-backend';
import { installStandInSdk } from '../../app/host/simulator/stand-in-sdk/install-stand-in-sdk';
import type { StandInOptions, UiCall } from '../../app/host/simulator/stand-in-sdk/stand-in-types';
import { CONTRACT_TIMEOUTS, createContractOrg } from './contract-org';
import { describeCrmHostContract, type MakeHost } from './crm-host.contract';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  resetZohoConnectionForTests();
});

function overStandIn(sdk: StandInOptions, expectedTransport: 'zrc' | 'connection'): MakeHost {
  return async (scenario, setup) => {
    const { crm, clock } = createContractOrg(scenario);
    setup?.(crm);
    const uiCalls: UiCall[] = [];
    const pageLoad = { Entity: 'Leads', EntityId: [crm.scenario.featuredLeadId], ButtonPosition: 'DetailView' };
    const backend = createInProcessBackend(crm, { pageLoad, onUi: (call) => void uiCalls.push(call) });
    uninstall?.();
    uninstall = installStandInSdk(backend, sdk).uninstall;
    resetZohoConnectionForTests();
    const { host, page, transport } = await connectZohoHost({ timeouts: CONTRACT_TIMEOUTS });
    expect(transport).toBe(expectedTransport);
    expect(page.recordIds).toEqual([crm.scenario.featuredLeadId]);
    return { host, crm, clock, uiCalls };
  };
}

describeCrmHostContract('Zoho adapter over the stand-in SDK (zrc, ApiError rejections)', overStandIn({ errorForm: 'api-error' }, 'zrc'));
describeCrmHostContract('Zoho adapter over the stand-in SDK (zrc, raw rejections)', overStandIn({ errorForm: 'raw' }, 'zrc'));
describeCrmHostContract('Zoho adapter over the stand-in SDK (no zrc: CONNECTION.invoke, object bodies)', overStandIn({ withZrc: false }, 'connection'));
describeCrmHostContract(
  'Zoho adapter over the stand-in SDK (no zrc: CONNECTION.invoke, JSON-string bodies)',
  overStandIn({ withZrc: false, connectionBody: 'string' }, 'connection'),
);

describe('connectZohoHost over the stand-in SDK', () => {
  it('hands over the page context of a detail-view button', async () => {
    const make = overStandIn({}, 'zrc');
    const { crm } = await make('kaizen-137');
    const { page } = await connectZohoHost();
    expect(page).toEqual({ entity: 'Leads', recordIds: [crm.scenario.featuredLeadId], buttonPosition: 'DetailView' });
  });
});
