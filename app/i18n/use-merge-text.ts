import type { ByLanguage } from './by-language';
import { deMerge } from './de-merge';
import { enMerge, type MergeTexts } from './en-merge';
import type { Language } from './language';
import { useLocale } from './locale-context';

export type { MergeTexts };

// Every language's texts of this part travel together in the merge chunks.
const texts: ByLanguage<MergeTexts> = { en: enMerge, de: deMerge };

/** The field-by-field merge, the record search and the audit note: imported only by the merge chunks. */
export function useMergeText(): MergeTexts {
  return mergeTexts(useLocale().language);
}

/** The same, outside React (the post-convert runner writes the audit note in the rep's language). */
export function mergeTexts(language: Language): MergeTexts {
  return texts[language];
}
