import { useId } from 'react';
import { createPortal } from 'react-dom';
import type { AccountCandidate, ContactCandidate, Lead } from '../../api/crm-host';
import { compareRows } from '../../domain/compare-rows';
import { displayText } from '../../domain/display-text';
import type { MatchAttribution } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import { candidateName } from './candidate-view';
import { shownFieldLabel } from './field-name';
import { MarkedValue } from './marked-value';
import { useModalFocus } from './use-modal-focus';
import './resolution.css';
import './compare-dialog.css';

export type CompareDialogProps = {
  module: 'Contacts' | 'Accounts';
  lead: Lead;
  candidate: ContactCandidate | AccountCandidate;
  attribution: MatchAttribution;
  /** Escape, the Close button or a click outside; unmount the dialog and focus returns to the opener. */
  onClose(): void;
};

/** Lead and candidate side by side; rendered while open (mount it on Compare, unmount it on onClose). */
export function CompareDialog({ module, lead, candidate, attribution, onClose }: CompareDialogProps) {
  const text = useText().resolution;
  const id = useId();
  const { ref, onKeyDown } = useModalFocus<HTMLDivElement>(onClose);
  const rows = compareRows(lead, candidate, module, attribution);
  const title = text.compareTitle(module, displayText(candidateName(candidate)));

  return createPortal(
    <div
      className="compare-dialog__backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div ref={ref} className="compare-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-legend`} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="compare-dialog__head">
          <h2 id={`${id}-title`} className="compare-dialog__title">
            {title}
          </h2>
        </div>
        <p id={`${id}-legend`} className="compare-dialog__legend">
          {text.compareLegend}
        </p>
        <table className="compare-table">
          <colgroup>
            <col className="compare-table__field" />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{text.compareField}</th>
              <th scope="col">{text.compareLead}</th>
              <th scope="col">{text.compareCandidate(module)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const differs = !row.same && (row.leadValue !== null || row.candidateValue !== null);
              return (
                <tr key={row.apiName} className={row.matched ? 'compare-table__row--matched' : differs ? 'compare-table__row--differs' : undefined}>
                  <th scope="row">
                    {shownFieldLabel(text.fields, row.apiName, row.label)}{' '}
                    {row.matched ? <span className="compare-status compare-status--matched">{text.compareMatched}</span> : null}
                    {!row.matched && differs ? <span className="compare-status compare-status--differs">{text.compareDiffers}</span> : null}
                  </th>
                  <td>
                    <MarkedValue value={row.leadValue} marked={row.matched} empty={text.noValue} />
                  </td>
                  <td>
                    <MarkedValue value={row.candidateValue} marked={row.matched} empty={text.noValue} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="compare-dialog__actions">
          <button type="button" className="resolution-button" onClick={onClose}>
            {text.close}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
