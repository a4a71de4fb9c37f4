import { use, type ComponentType } from 'react';
import { trackPromise, type TrackedPromise } from './tracked-promise';

/** One download per chunk for every caller and every render; a failed one is forgotten, so the next call retries. */
export function chunkLoader<T>(load: () => Promise<T>): () => TrackedPromise<T> {
  let chunk: TrackedPromise<T> | null = null;
  return () => {
    if (chunk) return chunk;
    const started = trackPromise(load());
    started.catch(() => {
      if (chunk === started) chunk = null;
    });
    chunk = started;
    return started;
  };
}

/**
 * A component whose code is in a separate chunk (several components may share one). Unlike React.lazy, the
 * download can start long before the first render (the chunk's loader, called at boot), and once it has arrived
 * the component renders in the same pass, without a fallback frame: `use()` reads the chunk's settled promise
 * synchronously. Until then the nearest Suspense boundary shows its fallback.
 */
export function lazyChunk<M, P extends object>(loader: () => TrackedPromise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  function Chunk(props: P) {
    const Component = pick(use(loader()));
    return <Component {...props} />;
  }
  return Chunk;
}
