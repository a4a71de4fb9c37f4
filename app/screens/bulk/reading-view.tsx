import type { BulkReading } from '../../api/bulk/bulk-types';
import { ProgressBar } from '../../components/bulk/progress-bar';
import { useBulkText } from '../../i18n/use-bulk-text';
import { readingCounts } from './reading-counts';

/** While the selection is read: one bar for the leads, then one for the duplicate checks, and Cancel. */
export function ReadingView({ reading }: { reading: BulkReading }) {
  const text = useBulkText();
  const total = reading.rows.length || reading.total;
  const counts = readingCounts(reading.rows);
  const checking = reading.phase === 'reading-options';
  const value = checking ? counts.checked : counts.leadsRead;
  const label = checking ? text.checking(value, total) : text.reading(value, total);
  return (
    <section className="panel bulk-reading" aria-labelledby="bulk-reading-title">
      <h2 id="bulk-reading-title" className="visually-hidden">
        {checking ? text.checkingLabel : text.readingLabel}
      </h2>
      <ProgressBar label={checking ? text.checkingLabel : text.readingLabel} text={label} value={value} max={total} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {checking ? text.checkingLabel : text.readingLabel}
      </p>
      <div className="footer">
        <button type="button" className="button" onClick={reading.cancel}>
          {text.cancel}
        </button>
      </div>
    </section>
  );
}
