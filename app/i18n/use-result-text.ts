import type { ByLanguage } from './by-language';
import { deResult } from './de-result';
import { enResult, type ResultTexts } from './en-result';
import { useLocale } from './locale-context';

export type { ResultTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: ByLanguage<ResultTexts> = { en: enResult, de: deResult };

/** Imported only by the result chunk. */
export function useResultText(): ResultTexts {
  return texts[useLocale().language];
}
