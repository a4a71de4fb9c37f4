import type { ByLanguage } from './by-language';
import { deOptions } from './de-options';
import { enOptions, type OptionsTexts } from './en-options';
import { useLocale } from './locale-context';

export type { OptionsTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: ByLanguage<OptionsTexts> = { en: enOptions, de: deOptions };

/** Imported only by the options chunk and the bulk flow's shared options. */
export function useOptionsText(): OptionsTexts {
  return texts[useLocale().language];
}
