import { useEffect, useRef, type ReactNode } from 'react';
import { useText } from '../../i18n/use-text';
import { useReviewText } from '../../i18n/use-review-text';
import './review.css';

type Props = {
  sentences: string[];
  pending: boolean;
  /** Shown while the conversion waits (e.g. Zoho busy, automatic retry). */
  status: string | null;
  onBack(): void;
  onConvert(): void;
  /** More lines after the sentences (e.g. the field changes on existing records). */
  extra?: ReactNode;
};

export function ReviewStep({ sentences, pending, status, onBack, onConvert, extra }: Props) {
  const text = useText().single;
  const reviewText = useReviewText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel review" aria-labelledby="review-title">
      <h2 id="review-title" className="panel__title" tabIndex={-1} ref={headingRef}>
        {reviewText.title}
      </h2>
      <p className="muted">{reviewText.intro}</p>
      <ul className="review__list">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {extra}
      <div className="footer" role="group" aria-label={reviewText.title}>
        {status && (
          <p className="footer__status" role="status">
            {status}
          </p>
        )}
        <button type="button" className="button" onClick={onBack} disabled={pending}>
          {text.back}
        </button>
        <button type="button" className="button button--primary" onClick={onConvert} disabled={pending} aria-busy={pending}>
          {pending ? text.converting : text.convert}
        </button>
      </div>
    </section>
  );
}
