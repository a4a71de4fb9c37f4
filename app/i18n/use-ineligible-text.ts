import type { ByLanguage } from './by-language';
import { deIneligible } from './de-ineligible';
import { enIneligible, type IneligibleTexts } from './en-ineligible';
import { useLocale } from './locale-context';

export type { IneligibleTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: ByLanguage<IneligibleTexts> = { en: enIneligible, de: deIneligible };

/** Imported only by the eligibility chunk. */
export function useIneligibleText(): IneligibleTexts {
  return texts[useLocale().language];
}
