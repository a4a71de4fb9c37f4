import { enReview } from './en-review';

export type ReviewTexts = typeof enReview;

/** Imported only by the review chunk, so these texts are not in the first load. */
export function useReviewText(): ReviewTexts {
  return enReview;
}
