import type { ReactNode } from 'react';
import { ReviewStep } from '../components/review/review-step';
import type { ConversionContext } from '../domain/conversion-model';
import { reviewSentences } from '../domain/review-sentences';
import { useLocale } from '../i18n/locale-context';
import { useReviewText } from '../i18n/use-review-text';

type Props = {
  context: ConversionContext;
  converter: Parameters<typeof reviewSentences>[1];
  pending: boolean;
  status: string | null;
  onBack(): void;
  onConvert(): void;
  extra?: ReactNode;
};

/** The review step with its sentences: one chunk, so the sentence builder is not in the first load. */
export function ReviewPanel({ context, converter, ...step }: Props) {
  const text = useReviewText();
  const { intl } = useLocale();
  return <ReviewStep sentences={reviewSentences(context, converter).map((sentence) => text.sentence(sentence, intl))} {...step} />;
}
