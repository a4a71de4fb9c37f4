import type { ByLanguage } from './by-language';
import { enMerge, type MergeTexts } from './en-merge';
import type { Language } from './language';
import { useLocale } from './locale-context';

export type { MergeTexts };

// Every language's texts of this part travel together in the merge chunks.
const texts: Partial<ByLanguage<MergeTexts>> = { en: enMerge };

/** The field-by-field merge, the record search and the audit note: imported only by the merge chunks. */
export function useMergeText(): MergeTexts {
  return mergeTexts(useLocale().language);
}

/** The same, outside React (the post-convert runner writes the audit note in the rep's language). */
export function mergeTexts(language: Language): MergeTexts {
  return texts[language] ?? enMerge;
}
