import type { BulkDecision, BulkRow } from '../../api/bulk/bulk-types';
import { useBulkText } from '../../i18n/use-bulk-text';

/** The id of a row's Review button, so focus can return to it when its review closes. */
export const reviewButtonId = (leadId: string) => `bulk-review-button-${leadId}`;

type Props = {
  row: BulkRow;
  name: string;
  decision: BulkDecision;
  /** Text describing a 'resolved' decision (e.g. "add to contact X; new account"). */
  resolvedText: string | null;
  expanded: boolean;
  panelId: string;
  onToggleReview(): void;
  onDecide(decision: BulkDecision): void;
  onRetry(): void;
};

/** What will happen to one lead, with the buttons that change it. */
export function DecisionCell({ row, name, decision, resolvedText, expanded, panelId, onToggleReview, onDecide, onRetry }: Props) {
  const text = useBulkText();
  if (row.status === 'cannot-convert') return <span className="muted">—</span>;
  if (row.status === 'unreadable') {
    const retryable = row.reason === null || (row.reason.kind === 'read-failed' && row.reason.retryable);
    return retryable ? (
      <button type="button" className="button button--small" aria-label={text.retryOf(name)} onClick={onRetry}>
        {text.retry}
      </button>
    ) : (
      <span className="muted">—</span>
    );
  }
  const undo = (
    <button type="button" className="link-button" aria-label={text.undoOf(name)} onClick={() => onDecide({ kind: 'auto' })}>
      {text.decision.undo}
    </button>
  );
  if (decision.kind === 'skip') {
    return (
      <span className="bulk-decision">
        <span className="bulk-decision__label bulk-decision__label--skip">{text.decision.skipped}</span>
        {undo}
      </span>
    );
  }
  const review = row.status === 'needs-review' && (
    <button type="button" id={reviewButtonId(row.leadId)} className="button button--small" aria-expanded={expanded} aria-controls={panelId} aria-label={text.reviewOf(name)} onClick={onToggleReview}>
      {expanded ? text.hideReview : text.review}
    </button>
  );
  const skip = (
    <button type="button" className="button button--small" aria-label={text.skipOf(name)} onClick={() => onDecide({ kind: 'skip' })}>
      {text.decision.skip}
    </button>
  );
  if (row.status === 'ready') {
    return (
      <span className="bulk-decision">
        <span className="bulk-decision__label">{text.decision.autoNew}</span>
        {skip}
      </span>
    );
  }
  if (decision.kind === 'create-new' || decision.kind === 'resolved') {
    return (
      <span className="bulk-decision">
        <span className="bulk-decision__label bulk-decision__label--done">{decision.kind === 'create-new' ? text.decision.createNew : resolvedText}</span>
        {review}
        {undo}
      </span>
    );
  }
  return (
    <span className="bulk-decision">
      {review}
      <button type="button" className="button button--small" aria-label={text.createNewOf(name)} onClick={() => onDecide({ kind: 'create-new' })}>
        {text.decision.createNew}
      </button>
      {skip}
    </span>
  );
}
