import { BreakAfterAt } from '../breakable-text';

/** User data as text, in its own direction; wrapped in a soft yellow <mark> when Zoho matched on it. */
export function MarkedValue({ value, marked, empty }: { value: string | null; marked: boolean; empty: string }) {
  if (value === null) return <span className="resolution-value">{empty}</span>;
  const content = (
    <span className="resolution-value" dir="auto">
      <BreakAfterAt text={value} />
    </span>
  );
  return marked ? <mark className="resolution-mark">{content}</mark> : content;
}
