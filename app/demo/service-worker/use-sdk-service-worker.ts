import { useEffect, useState } from 'react';
import { sdkServiceWorkerReady } from './register-sdk-service-worker';

export type ServiceWorkerStatus = { state: 'pending' } | { state: 'ready' } | { state: 'failed'; message: string };

export function useSdkServiceWorker(): ServiceWorkerStatus {
  const [status, setStatus] = useState<ServiceWorkerStatus>({ state: 'pending' });
  useEffect(() => {
    let live = true;
    sdkServiceWorkerReady().then(
      () => live && setStatus({ state: 'ready' }),
      (error: unknown) => live && setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return status;
}
