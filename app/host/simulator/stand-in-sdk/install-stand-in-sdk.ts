import { createStandInSdk } from './create-stand-in-sdk';
import type { StandInBackend, StandInOptions, StandInSdk } from './stand-in-types';

export type InstallOptions = StandInOptions & {
  /** Where the globals go; default globalThis (the widget's window). */
  target?: object;
};

/**
 * Defines the globals `ZOHO` and (unless withZrc is false) `zrc` on the target, replacing earlier ones.
 * Without zrc the global is removed, so `typeof zrc === 'undefined'` as with an older SDK.
 */
export function installStandInSdk(backend: StandInBackend, options: InstallOptions = {}): StandInSdk & { uninstall(): void } {
  const { target = globalThis, ...sdkOptions } = options;
  const sdk = createStandInSdk(backend, sdkOptions);
  define(target, 'ZOHO', sdk.ZOHO);
  if (sdk.zrc) define(target, 'zrc', sdk.zrc);
  else Reflect.deleteProperty(target, 'zrc');
  return {
    ...sdk,
    uninstall() {
      Reflect.deleteProperty(target, 'ZOHO');
      Reflect.deleteProperty(target, 'zrc');
    },
  };
}

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}
