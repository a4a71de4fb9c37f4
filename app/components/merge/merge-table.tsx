import { useId } from 'react';
import type { RecordModule } from '../../api/crm-host';
import type { MergePick } from '../../domain/merge/field-diff';
import type { RecordMerge } from '../../domain/merge/merge-plan';
import { pickOf } from '../../domain/merge/field-diff';
import './merge.css';
import { useMergeText } from '../../i18n/use-merge-text';

type Props = {
  module: RecordModule;
  /** null while the record is read, or when it could not be read. */
  merge: RecordMerge | null;
  status: 'loading' | 'error' | 'ready';
  picks: Readonly<Record<string, MergePick>> | undefined;
  onPick(field: string, pick: MergePick): void;
};

/** "Fields that differ": per field, the lead's value against the existing record's, and which one wins. */
export function MergeTable({ module, merge, status, picks, onPick }: Props) {
  const text = useMergeText();
  const id = useId();
  if (status !== 'ready' || !merge) {
    return (
      <p className="merge-table-panel merge-table-panel__intro" role="status">
        {status === 'error' ? text.readFailed(module) : text.readingRecord(module)}
      </p>
    );
  }
  if (merge.rows.length === 0) return <p className="merge-table-panel merge-table-panel__intro">{text.noDifferences(module)}</p>;
  return (
    // The visible heading leaves the record's name out (it is right above); the region's name says whose fields these are.
    <section className="merge-table-panel" aria-label={text.tableLabel(module, merge.name)}>
      <h3 className="merge-table-panel__title">{text.tableTitle}</h3>
      <p className="merge-table-panel__intro">{text.tableIntro(module, merge.name)}</p>
      <table className="merge-table">
        <colgroup>
          <col className="merge-table__field" />
          <col />
          <col />
          <col className="merge-table__pick" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{text.columnField}</th>
            <th scope="col">{text.columnLead}</th>
            <th scope="col">{text.columnExisting}</th>
            <th scope="col">{text.columnWinner}</th>
          </tr>
        </thead>
        <tbody>
          {merge.rows.map((row) => {
            const label = text.fieldLabel(row.field, row.label);
            const pick = pickOf(row, picks);
            const name = `${id}-${row.field}`;
            const fills = row.kind === 'fills-empty';
            return (
              <tr key={row.field}>
                <th scope="row">{label}</th>
                <td>
                  <span className={pick === 'lead' ? 'merge-table__winner' : undefined}>{row.leadValue}</span>
                  {row.heldElsewhere && <span className="merge-table__note">{text.heldElsewhere(module)}</span>}
                </td>
                <td>
                  {row.recordValue === null ? (
                    <>
                      <span className="merge-table__empty">{text.empty}</span>{' '}
                      <span className="merge-table__tag">{text.fillsEmptyTag}</span>
                    </>
                  ) : (
                    <span className={pick === 'keep' ? 'merge-table__winner' : undefined}>{row.recordValue}</span>
                  )}
                </td>
                <td>
                  <div className="merge-pick" role="radiogroup" aria-label={text.pickGroup(label)}>
                    <label>
                      <input type="radio" name={name} checked={pick === 'keep'} onChange={() => onPick(row.field, 'keep')} />
                      {fills ? text.leaveEmpty : text.keepExisting}
                    </label>
                    <label>
                      <input type="radio" name={name} checked={pick === 'lead'} onChange={() => onPick(row.field, 'lead')} />
                      {fills ? text.fillFromLead : text.useLead}
                    </label>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="merge-table-panel__count" role="status">
        {text.changeCount(merge.changes.length)}
      </p>
    </section>
  );
}
