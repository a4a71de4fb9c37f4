import { enDeal } from './en-deal';

export type DealTexts = typeof enDeal;

/** Imported only by the deal chunk's components, so these texts are not in the first load. */
export function useDealText(): DealTexts {
  return enDeal;
}
