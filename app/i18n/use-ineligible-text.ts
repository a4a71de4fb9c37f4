import { enIneligible } from './en-ineligible';

export type IneligibleTexts = typeof enIneligible;

/** Imported only by the eligibility chunk, so these texts are not in the first load. */
export function useIneligibleText(): IneligibleTexts {
  return enIneligible;
}
