import { CrmError } from '../../api/crm-error';

/** The SDK never times out on its own, so every call we make is raced against our own deadline. */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => unknown,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => finish(() => reject(onTimeout())), ms);
    let settled = false;
    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    signal?.addEventListener('abort', onAbort);
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

export function timeoutError(operation: string, ms: number, mayHaveExecuted: boolean): CrmError {
  return new CrmError({
    kind: 'timeout',
    operation,
    message: `Zoho CRM did not answer ${operation} within ${Math.round(ms / 1000)} s`,
    mayHaveExecuted,
  });
}
