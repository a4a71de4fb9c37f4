// A stand-in for Zoho's widget SDK 1.5 (ZOHO + zrc), with the observable behaviour the adapter relies on,
// answered by a pluggable backend (the simulated CRM in-process, or a parent page over postMessage).
import { createStandInConnection } from './stand-in-connection';
import { createStandInEmbeddedApp } from './stand-in-embedded-app';
import { createStandInZrc } from './stand-in-zrc';
import type { StandInBackend, StandInOptions, StandInSdk, StandInZoho, UiCall } from './stand-in-types';

export function createStandInSdk(backend: StandInBackend, options: StandInOptions = {}): StandInSdk {
  const { embeddedApp, isInitialised } = createStandInEmbeddedApp(backend);
  const ui = async (action: string, data: unknown): Promise<unknown> => {
    const call: UiCall = { action, data };
    return (await backend.ui(call)) ?? true;
  };
  const ZOHO: StandInZoho = {
    embeddedApp,
    CRM: {
      UI: {
        Resize: (size) => ui('Resize', size),
        Popup: { close: () => ui('Popup.close', null), closeReload: () => ui('Popup.closeReload', null) },
        Record: { open: (target) => ui('Record.open', target) },
      },
      CONNECTION: { invoke: createStandInConnection(backend, options) },
      CONFIG: {
        GetCurrentEnvironment: async () => ({ deployment: options.deployment ?? 'US', appDetails: {} }),
      },
    },
  };
  const zrc = options.withZrc === false ? undefined : createStandInZrc(backend, options, isInitialised);
  return { ZOHO, zrc };
}
