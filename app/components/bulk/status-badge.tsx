import type { BulkRowStatus } from '../../api/bulk/bulk-types';
import { useBulkText } from '../../i18n/use-bulk-text';

export function StatusBadge({ status }: { status: BulkRowStatus }) {
  const text = useBulkText().status;
  const label = status === 'ready' ? text.ready : status === 'needs-review' ? text.review : status === 'cannot-convert' ? text.blocked : text.unreadable;
  return <span className={`bulk-badge bulk-badge--${status}`}>{label}</span>;
}
