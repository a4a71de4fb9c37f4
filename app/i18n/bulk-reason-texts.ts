import type { ByLanguage } from './by-language';
import { deBulkReasons } from './de-bulk-reasons';
import { enBulkReasons, type BulkReasonTexts } from './en-bulk-reasons';
import type { Language } from './language';

const texts: ByLanguage<BulkReasonTexts> = { en: enBulkReasons, de: deBulkReasons };

/** The bulk engine's per-lead reasons and CSV header (the engine is not React: the bulk screen passes them in). */
export function bulkReasonTexts(language: Language): BulkReasonTexts {
  return texts[language];
}
