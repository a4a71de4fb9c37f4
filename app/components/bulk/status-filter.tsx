import type { BulkFilter } from '../../api/bulk/bulk-types';
import { useBulkText } from '../../i18n/use-bulk-text';

export type StatusCounts = { all: number; ready: number; 'needs-review': number; 'cannot-convert': number; unreadable: number };

/** Summary chips that double as filter buttons (aria-pressed marks the active one). */
export function StatusFilter({ counts, filter, onFilter }: { counts: StatusCounts; filter: BulkFilter; onFilter(filter: BulkFilter): void }) {
  const text = useBulkText();
  const chips: { filter: BulkFilter; label: string; hidden?: boolean }[] = [
    { filter: 'all', label: text.filterAll(counts.all) },
    { filter: 'ready', label: text.filterReady(counts.ready) },
    { filter: 'needs-review', label: text.filterReview(counts['needs-review']) },
    { filter: 'cannot-convert', label: text.filterBlocked(counts['cannot-convert']) },
    { filter: 'unreadable', label: text.filterUnreadable(counts.unreadable), hidden: counts.unreadable === 0 },
  ];
  return (
    <div className="bulk-filter" role="group" aria-label={text.filtersLabel}>
      {chips
        .filter((chip) => !chip.hidden)
        .map((chip) => (
          <button
            key={chip.filter}
            type="button"
            className={`bulk-chip bulk-chip--${chip.filter}`}
            aria-pressed={filter === chip.filter}
            onClick={() => onFilter(chip.filter)}
          >
            {chip.label}
          </button>
        ))}
    </div>
  );
}
