// The bulk engine against the simulated CRM through the real host adapter, on a clock the engine's sleeps move.
import type { BulkEngineOptions } from '../../../app/api/bulk/bulk-engine-options';
import { AbortedError } from '../../../app/api/bulk/engine-support';
import type { JournalStorage } from '../../../app/api/bulk/journal-storage';
import type { CrmHost } from '../../../app/api/crm-host';
import { createZohoCrmHost } from '../../../app/host/zoho/zoho-crm-host';
import type { ZohoTransport } from '../../../app/host/zoho/transport';
import type { ZohoUi } from '../../../app/host/zoho/zoho-ui';
import { createSimulatedCrm, type SimulatedCrmWithFlags } from '../../../app/host/simulator/simulated-crm';
import type { SimRequest, SimResponse } from '../../../app/host/simulator/sim-http';
import { BULK_LEAD_COUNT, bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';

export type Harness = {
  crm: SimulatedCrmWithFlags;
  host: CrmHost;
  options: BulkEngineOptions;
  storage: JournalStorage;
  selection: string[];
  /** Called around every request (after the answer): lets a test act at an exact point. */
  onResponse: { current: (request: SimRequest, response: SimResponse) => void };
  onRequest: { current: (request: SimRequest) => void };
  count(operation: string): number;
};

export function createHarness(): Harness {
  let now = Date.UTC(2026, 0, 5, 9, 0, 0);
  const crm = createSimulatedCrm({ scenario: 'bulk-300', clock: { now: () => now } });
  const onResponse: Harness['onResponse'] = { current: () => {} };
  const onRequest: Harness['onRequest'] = { current: () => {} };
  const transport: ZohoTransport = {
    request: async (request) => {
      onRequest.current(request as SimRequest);
      const response = await crm.handle(request);
      onResponse.current(request as SimRequest, response);
      return { status: response.status, body: response.body };
    },
  };
  const ui: ZohoUi = { openRecord: async () => {}, closePopup: async () => {}, closeReload: async () => {}, resize: async () => {} };
  const host = createZohoCrmHost(transport, ui, { timeouts: { readMs: 400, writeMs: 400, uiMs: 400 } });
  const data = new Map<string, string>();
  const storage: JournalStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  const sleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw new AbortedError();
    now += ms;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw new AbortedError();
  };
  return {
    crm,
    host,
    storage,
    options: { sleep, storage },
    selection: Array.from({ length: BULK_LEAD_COUNT }, (_, i) => bulkLeadId(i)),
    onResponse,
    onRequest,
    count: (operation) => crm.log.filter((entry) => entry.operation === operation).length,
  };
}
