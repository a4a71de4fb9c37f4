// Registers the worker that serves the stand-in SDK for the CDN URL (sdk-service-worker.ts).
// A widget iframe may only be created once a worker is active: a new navigation inside the worker's
// scope is then controlled by it, and the widget's SDK script tag is answered by the stand-in.
let registration: Promise<void> | null = null;

function whenActivated(worker: ServiceWorker): Promise<void> {
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve) => {
    const handleStateChange = () => {
      if (worker.state !== 'activated') return;
      worker.removeEventListener('statechange', handleStateChange);
      resolve();
    };
    worker.addEventListener('statechange', handleStateChange);
  });
}

async function registerAndWait(): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('This browser has no service workers, so the stand-in Zoho SDK cannot be served.');
  }
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  const ready = await navigator.serviceWorker.ready;
  if (ready.active) await whenActivated(ready.active);
}

/** Starts registration once per page; every caller waits on the same promise. */
export function sdkServiceWorkerReady(): Promise<void> {
  registration ??= registerAndWait();
  return registration;
}
