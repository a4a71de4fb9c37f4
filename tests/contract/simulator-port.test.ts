// (1) The simulator through the CrmHost port: the adapter's host logic straight over crm.handle.
import { createZohoCrmHost } from '../../app/host/zoho/zoho-crm-host';
import type { ZohoTransport } from '../../app/host/zoho/transport';
import type { ZohoUi } from '../../app/host/zoho/zoho-ui';
import type { UiCall } from '../../app/host/simulator/stand-in-sdk/stand-in-types';
import { CONTRACT_TIMEOUTS, createContractOrg } from './contract-org';
import { describeCrmHostContract } from './crm-host.contract';

describeCrmHostContract('simulator through the CrmHost port', async (scenario, setup) => {
  const { crm, clock } = createContractOrg(scenario);
  setup?.(crm);
  const transport: ZohoTransport = {
    request: async (request) => {
      const response = await crm.handle(request);
      return { status: response.status, body: response.body };
    },
  };
  const uiCalls: UiCall[] = [];
  const record = async (action: string, data: unknown) => void uiCalls.push({ action, data });
  const ui: ZohoUi = {
    openRecord: (target) => record('Record.open', target),
    closePopup: () => record('Popup.close', null),
    closeReload: () => record('Popup.closeReload', null),
    resize: (size) => record('Resize', size),
  };
  return { host: createZohoCrmHost(transport, ui, { timeouts: CONTRACT_TIMEOUTS }), crm, clock, uiCalls };
});
