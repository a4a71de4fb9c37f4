import type { SimulatedCrm } from '../simulated-crm-types';
import type { PageLoadData, StandInBackend, UiCall } from './stand-in-types';

export type InProcessBackendOptions = {
  pageLoad: PageLoadData;
  /** Sees every ZOHO.CRM.UI.* call; its result is what the SDK call resolves with (default true). */
  onUi?(call: UiCall): unknown;
};

/** The stand-in answered by a SimulatedCrm in the same JS realm (unit/contract tests, jsdom). */
export function createInProcessBackend(crm: Pick<SimulatedCrm, 'handle'>, options: InProcessBackendOptions): StandInBackend {
  return {
    // Structured clones imitate the postMessage boundary: neither side can share live objects.
    request: async (request) => structuredClone(await crm.handle(structuredClone(request))),
    ui: async (call) => (await options.onUi?.(structuredClone(call))) ?? true,
    pageLoad: async () => structuredClone(options.pageLoad),
  };
}
