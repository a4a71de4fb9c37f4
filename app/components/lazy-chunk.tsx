import { use, type ComponentType } from 'react';
import { trackPromise, type TrackedPromise } from './tracked-promise';

export type LazyChunk<P> = ComponentType<P> & {
  /** Starts downloading the chunk (idempotent); call it at boot so the chunk is there before it is shown. */
  preload(): Promise<ComponentType<P>>;
};

/**
 * A component whose code is a separate chunk, loaded on demand. Unlike React.lazy, the download can start
 * long before the first render (`preload()`), and once it has arrived the component renders in the same pass,
 * without a fallback frame: `use()` reads a settled promise synchronously. Until then the nearest Suspense
 * boundary shows its fallback. A failed download is forgotten, so the next render tries again.
 */
export function lazyChunk<P extends object>(load: () => Promise<ComponentType<P>>): LazyChunk<P> {
  let chunk: TrackedPromise<ComponentType<P>> | null = null;
  const preload = (): TrackedPromise<ComponentType<P>> => {
    if (chunk) return chunk;
    const started = trackPromise(load());
    started.catch(() => {
      if (chunk === started) chunk = null;
    });
    chunk = started;
    return started;
  };
  function Chunk(props: P) {
    const Component = use(preload());
    return <Component {...props} />;
  }
  return Object.assign(Chunk, { preload });
}
