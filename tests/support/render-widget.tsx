import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { onTestFinished } from 'vitest';
import { App } from '../../app/app';
import { createQueryClient } from '../../app/query-client';
import { startReads } from '../../app/screens/start-reads';
import { warmSingleFlowChunks } from './warm-chunks';
import { connectZohoHost, resetZohoConnectionForTests } from '../../app/host/zoho/connect-zoho-host';
import { createSimulatedCrm, type SimulatedCrmOptions } from '../../app/host/simulator/simulated-crm';
import { createInProcessBackend } from '../../app/host/simulator/stand-in-sdk/in-process-backend';
import { installStandInSdk } from '../../app/host/simulator/stand-in-sdk/install-stand-in-sdk';
import type { PageLoadData, UiCall } from '../../app/host/simulator/stand-in-sdk/stand-in-types';
import type { FaultRule } from '../../app/host/simulator/simulated-crm-types';

export type RenderWidgetOptions = SimulatedCrmOptions & {
  /** PageLoad as CRM would send it; default: the scenario's featured lead from the detail page. */
  pageLoad?: PageLoadData;
  /** Faults armed before the widget boots, so even its first requests can fail. */
  faults?: FaultRule[];
  /** The production QueryClient (reads retried with backoff) instead of one that shows a failed read at once. */
  productionRetries?: boolean;
  /** Host timeouts (ms); production defaults when absent. */
  timeouts?: { readMs?: number; writeMs?: number; uiMs?: number };
};

/**
 * Boots the widget exactly as production does (connectZohoHost over the SDK globals), with the
 * stand-in SDK answered in-process by a fresh simulated CRM. Returns the CRM to assert on.
 */
export async function renderWidget(options: RenderWidgetOptions = {}) {
  const { pageLoad: pageLoadOverride, faults = [], productionRetries = false, timeouts, ...crmOptions } = options;
  const crm = createSimulatedCrm(crmOptions);
  faults.forEach((rule) => crm.addFault(rule));
  const pageLoad = pageLoadOverride ?? { Entity: 'Leads', EntityId: [crm.scenario.featuredLeadId], ButtonPosition: 'DetailView' };
  const uiCalls: UiCall[] = [];
  resetZohoConnectionForTests();
  const sdk = installStandInSdk(createInProcessBackend(crm, { pageLoad, onUi: (call) => void uiCalls.push(call) }));
  onTestFinished(() => sdk.uninstall());
  const { host, page } = await connectZohoHost({ pageLoadTimeoutMs: 2000, ...(timeouts ? { timeouts } : {}) });
  // retry: false so a failing read shows its error at once instead of after backoff.
  const queryClient = productionRetries ? createQueryClient() : new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const user = userEvent.setup();
  await warmSingleFlowChunks();
  // As main.tsx does: the reads go out before the first render.
  startReads(queryClient, host, page);
  const view = render(<App key={0} host={host} page={page} queryClient={queryClient} />);
  let mounts = 0;
  /** Unmounts every screen and mounts them again over the same QueryClient (as a re-mount inside the popup does). */
  const remount = () => view.rerender(<App key={(mounts += 1)} host={host} page={page} queryClient={queryClient} />);
  return { ...view, crm, user, uiCalls, host, page, queryClient, remount };
}
