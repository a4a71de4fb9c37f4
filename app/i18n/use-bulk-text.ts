import type { ByLanguage } from './by-language';
import { enBulk, type BulkTexts } from './en-bulk';
import { useLocale } from './locale-context';

export type { BulkTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: Partial<ByLanguage<BulkTexts>> = { en: enBulk };

/** Imported only by the bulk flow, so these texts travel in the bulk chunk. */
export function useBulkText(): BulkTexts {
  return texts[useLocale().language] ?? enBulk;
}
