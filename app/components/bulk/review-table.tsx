import { Fragment } from 'react';
import type { BulkDecision, BulkRow } from '../../api/bulk/bulk-types';
import type { RecordId } from '../../api/crm-host';
import type { ConversionChoices } from '../../domain/conversion-model';
import { displayText } from '../../domain/display-text';
import { useBulkText } from '../../i18n/use-bulk-text';
import { useText } from '../../i18n/use-text';
import { BreakAfterAt } from '../breakable-text';
import { DecisionCell } from './decision-cell';
import { resolvedText } from './resolved-text';
import { RowReason } from './row-reason';
import { RowReview } from './row-review';
import { StatusBadge } from './status-badge';

type Props = {
  rows: BulkRow[];
  decisionOf(leadId: RecordId): BulkDecision;
  expandedId: RecordId | null;
  onToggleReview(leadId: RecordId): void;
  onDecide(leadId: RecordId, decision: BulkDecision): void;
  onResolve(leadId: RecordId, choices: ConversionChoices): void;
  onRetry(leadId: RecordId): void;
};

const COLUMNS = 6;

/** One page of the selected leads: status, reason and the decision per lead; a needs-review row expands in place. */
export function ReviewTable({ rows, decisionOf, expandedId, onToggleReview, onDecide, onResolve, onRetry }: Props) {
  const text = useBulkText();
  const noValue = useText().noValue;
  return (
    <div className="bulk-table-wrap">
      <table className="bulk-table">
        <caption className="visually-hidden">{text.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.colLead}</th>
            <th scope="col">{text.colCompany}</th>
            <th scope="col">{text.colEmail}</th>
            <th scope="col">{text.colStatus}</th>
            <th scope="col">{text.colReason}</th>
            <th scope="col">{text.colDecision}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS} className="muted">
                {text.noRows}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const name = row.lead?.fullName ?? row.leadId;
            const decision = decisionOf(row.leadId);
            const expanded = expandedId === row.leadId && row.status === 'needs-review';
            const panelId = `bulk-review-${row.leadId}`;
            return (
              <Fragment key={row.leadId}>
                <tr className={`bulk-row bulk-row--${row.status}${decision.kind === 'skip' ? ' bulk-row--skipped' : ''}`} data-lead-id={row.leadId}>
                  <th scope="row" className="bulk-table__name">
                    <span className="bulk-table__clamp">{name}</span>
                  </th>
                  <td>{row.lead?.company ? <span className="bulk-table__clamp">{row.lead.company}</span> : <span className="muted">{noValue}</span>}</td>
                  <td className="bulk-table__email">
                    {row.lead?.email ? (
                      <span className="bulk-table__clamp">
                        <BreakAfterAt text={row.lead.email} />
                      </span>
                    ) : (
                      <span className="muted">{noValue}</span>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                  <td>
                    <RowReason row={row} />
                  </td>
                  <td>
                    <DecisionCell
                      row={row}
                      name={displayText(name)}
                      decision={decision}
                      resolvedText={decision.kind === 'resolved' ? resolvedText(text, row, decision.choices) : null}
                      expanded={expanded}
                      panelId={panelId}
                      onToggleReview={() => onToggleReview(row.leadId)}
                      onDecide={(next) => onDecide(row.leadId, next)}
                      onRetry={() => onRetry(row.leadId)}
                    />
                  </td>
                </tr>
                {expanded && (
                  <tr className="bulk-row__expansion">
                    <td colSpan={COLUMNS} id={panelId}>
                      <RowReview
                        row={row}
                        initial={decision.kind === 'resolved' ? decision.choices : null}
                        onUse={(choices) => onResolve(row.leadId, choices)}
                        onCancel={() => onToggleReview(row.leadId)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
