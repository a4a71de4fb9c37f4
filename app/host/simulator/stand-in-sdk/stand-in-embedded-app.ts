import type { StandInBackend, StandInZoho } from './stand-in-types';

/**
 * ZOHO.embeddedApp as SDK 1.2/1.5 behave: on() only stores one listener per event; once init() has been
 * called, later on() calls are ignored (the listener is never attached); init() resolves once and returns
 * the same promise afterwards; PageLoad is delivered after init() has resolved.
 */
export function createStandInEmbeddedApp(backend: StandInBackend) {
  const listeners = new Map<string, (data: unknown) => void>();
  let init: Promise<void> | null = null;
  let initialised = false;

  const embeddedApp: StandInZoho['embeddedApp'] = {
    on(event, listener) {
      if (init) return;
      listeners.set(event, listener);
    },
    init() {
      if (init) return init;
      init = Promise.resolve().then(() => {
        initialised = true;
      });
      void init.then(async () => {
        const data = await backend.pageLoad();
        // An event without a listener is dropped, as in the SDK.
        listeners.get('PageLoad')?.(data);
      });
      return init;
    },
  };
  return { embeddedApp, isInitialised: () => initialised };
}
