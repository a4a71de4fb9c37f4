import type { ByLanguage } from './by-language';
import { deConvertFailure } from './de-convert-failure';
import { enConvertFailure, type ConvertErrorWords, type ConvertFailureTexts } from './en-convert-failure';
import type { Language } from './language';

export type { ConvertErrorWords, ConvertFailureTexts };

const texts: ByLanguage<ConvertFailureTexts> = { en: enConvertFailure, de: deConvertFailure };

/** Texts for a refused convert: loaded with the failure chunk (and the convert flow's explainer), not at first. */
export function convertFailureTexts(language: Language): ConvertFailureTexts {
  return texts[language];
}
