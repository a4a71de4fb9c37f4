import { useState } from 'react';
import type { BulkOutcome, BulkResult } from '../../api/bulk/bulk-types';
import type { RecordId } from '../../api/crm-host';
import { Pager, PAGE_SIZE } from '../../components/bulk/pager';
import { ResultsTable } from '../../components/bulk/results-table';
import { useBulkText } from '../../i18n/use-bulk-text';

type Props = {
  results: BulkResult[];
  failedCount: number;
  onOpen(target: { module: 'Contacts' | 'Accounts' | 'Deals'; id: RecordId }): void;
  onRetryFailed(): void;
  onExport(): void;
  onDone(): void;
};

/** Per-lead outcomes, filterable by outcome, with Retry failed, Export CSV and Done. */
export function ResultsView({ results, failedCount, onOpen, onRetryFailed, onExport, onDone }: Props) {
  const text = useBulkText();
  const [filter, setFilter] = useState<BulkOutcome | 'all'>('all');
  const [page, setPage] = useState(0);
  const count = (outcome: BulkOutcome) => results.filter((result) => result.outcome === outcome).length;
  const visible = filter === 'all' ? results : results.filter((result) => result.outcome === filter);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const currentPage = Math.min(page, pages - 1);
  const chips: { filter: BulkOutcome | 'all'; label: string }[] = [
    { filter: 'all', label: text.filterAll(results.length) },
    { filter: 'converted', label: text.filterConverted(count('converted')) },
    { filter: 'failed', label: text.filterFailed(count('failed')) },
    { filter: 'skipped', label: text.filterSkippedResults(count('skipped')) },
  ];
  return (
    <>
      <section className="panel bulk-results-panel" aria-labelledby="bulk-results-title">
        <h2 id="bulk-results-title" className="panel__title" tabIndex={-1}>
          {text.resultsTitle}
        </h2>
        <p className="bulk-results__summary" role="status">
          {text.resultsSummary(count('converted'), count('failed'), count('skipped'))}
        </p>
        <div className="bulk-filter" role="group" aria-label={text.resultsFilters}>
          {chips.map((chip) => (
            <button
              key={chip.filter}
              type="button"
              className={`bulk-chip bulk-chip--${chip.filter}`}
              aria-pressed={filter === chip.filter}
              onClick={() => {
                setFilter(chip.filter);
                setPage(0);
              }}
            >
              {chip.label}
            </button>
          ))}
        </div>
        <ResultsTable results={visible.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE)} onOpen={onOpen} />
        <Pager page={currentPage} total={visible.length} onPage={setPage} />
      </section>
      <div className="footer footer--sticky">
        {failedCount > 0 && (
          <button type="button" className="button" onClick={onRetryFailed}>
            {text.retryFailed(failedCount)}
          </button>
        )}
        <button type="button" className="button" onClick={onExport}>
          {text.exportCsv}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {text.done}
        </button>
      </div>
    </>
  );
}
