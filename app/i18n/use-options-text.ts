import { enOptions } from './en-options';

export type OptionsTexts = typeof enOptions;

/** Imported only by the options chunk's components, so these texts are not in the first load. */
export function useOptionsText(): OptionsTexts {
  return enOptions;
}
