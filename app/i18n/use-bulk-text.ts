import { enBulk } from './en-bulk';

export type BulkTexts = typeof enBulk;

/** The bulk flow's texts. Only bulk components import this, so these texts travel in the bulk chunk. */
export function useBulkText(): BulkTexts {
  return enBulk;
}
