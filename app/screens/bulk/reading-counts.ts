import type { BulkRow } from '../../api/bulk/bulk-types';
import type { StatusCounts } from '../../components/bulk/status-filter';

/** Rows not read yet are 'unreadable' without a reason; a read lead still awaiting its options has a lead but no reason. */
export function readingCounts(rows: BulkRow[]): { leadsRead: number; checked: number } {
  let leadsRead = 0;
  let checked = 0;
  for (const row of rows) {
    if (row.lead !== null || row.reason !== null) leadsRead += 1;
    if (row.status !== 'unreadable' || row.reason !== null) checked += 1;
  }
  return { leadsRead, checked };
}

export function statusCounts(rows: BulkRow[]): StatusCounts {
  const counts: StatusCounts = { all: rows.length, ready: 0, 'needs-review': 0, 'cannot-convert': 0, unreadable: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
