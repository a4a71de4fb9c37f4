import type { ByLanguage } from './by-language';
import { deReview } from './de-review';
import { enReview, type ReviewTexts } from './en-review';
import { useLocale } from './locale-context';

export type { ReviewTexts };

// Every language's texts of this part travel together in its chunk: a few KB, and no extra download.
const texts: ByLanguage<ReviewTexts> = { en: enReview, de: deReview };

/** Imported only by the review chunk. */
export function useReviewText(): ReviewTexts {
  return texts[useLocale().language];
}
