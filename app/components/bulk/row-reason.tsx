import type { BulkRow } from '../../api/bulk/bulk-types';
import { useBulkText } from '../../i18n/use-bulk-text';

/** The "details" cell: why a row cannot convert, what matched, or why it was not read. */
export function RowReason({ row }: { row: BulkRow }) {
  const text = useBulkText();
  const reason = row.reason;
  if (reason?.kind === 'previous-attempt-failed') return <span className="bulk-reason--failed">{text.previousFailure(reason.message)}</span>;
  if (row.status === 'needs-review' || reason?.kind === 'contact-match' || reason?.kind === 'account-match') {
    const contacts = row.options?.contacts.length ?? (reason?.kind === 'contact-match' ? reason.count : 0);
    const accounts = row.options?.accounts.length ?? (reason?.kind === 'account-match' ? reason.count : 0);
    const matches = text.matches(contacts, accounts);
    return <span>{matches || text.noMatches}</span>;
  }
  if (!reason) return <span className="muted">{row.status === 'ready' ? text.noMatches : text.notReadYet}</span>;
  switch (reason.kind) {
    case 'ineligible':
      return <span>{text.reason[reason.reason] ?? reason.reason}</span>;
    case 'lead-not-found':
      return <span>{text.reason['not-found']}</span>;
    case 'read-failed':
      return (
        <span>
          {text.reason.unreadable}: {reason.message}
        </span>
      );
    case 'in-unfinished-run':
      return <span>{text.reason['in-unfinished-run']}</span>;
    default:
      return null;
  }
}
