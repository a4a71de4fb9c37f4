import { enConvertFailure } from './en-convert-failure';

export type ConvertFailureTexts = typeof enConvertFailure;
export type ConvertErrorWords = { message: string; nextStep: string };

/** Texts for a refused convert: loaded with the failure chunk (and the convert flow's explainer), not at first. */
export function convertFailureTexts(): ConvertFailureTexts {
  return enConvertFailure;
}
