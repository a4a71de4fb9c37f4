import type { ByLanguage } from './by-language';
import { deBulk } from './de-bulk';
import { enBulk, type BulkTexts } from './en-bulk';
import { useLocale } from './locale-context';

export type { BulkTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: ByLanguage<BulkTexts> = { en: enBulk, de: deBulk };

/** Imported only by the bulk flow, so these texts travel in the bulk chunk. */
export function useBulkText(): BulkTexts {
  return texts[useLocale().language];
}
