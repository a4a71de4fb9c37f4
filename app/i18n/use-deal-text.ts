import type { ByLanguage } from './by-language';
import { deDeal } from './de-deal';
import { enDeal, type DealTexts } from './en-deal';
import { useLocale } from './locale-context';

export type { DealTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: ByLanguage<DealTexts> = { en: enDeal, de: deDeal };

/** Imported only by the deal chunk, so these texts are not in the first load. */
export function useDealText(): DealTexts {
  return texts[useLocale().language];
}
