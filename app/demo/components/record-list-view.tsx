// Contacts, Accounts and Deals as list views, so the effect of a conversion is visible in the org.
import { useEffect, useRef } from 'react';
import type { SimRecord } from '../../host/simulator/simulated-crm-types';
import { COLUMNS, recordTitle, type ModuleName } from '../org/modules';
import { NewBadge } from './status-badges';

type RecordListViewProps = {
  module: Exclude<ModuleName, 'Leads'>;
  records: readonly SimRecord[];
  baselineIds: ReadonlySet<string>;
  highlightId: string | null;
  onOpen(id: string): void;
};

export function RecordListView({ module, records, baselineIds, highlightId, onOpen }: RecordListViewProps) {
  const columns = COLUMNS[module];
  const highlightRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    highlightRef.current?.scrollIntoView({ block: 'center' });
  }, [highlightId]);
  const headingId = `${module.toLowerCase()}-heading`;

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-toolbar">
        <h1 id={headingId} className="card-title">
          All {module} <span className="muted">({records.length})</span>
        </h1>
      </div>
      {records.length === 0 ? (
        <p className="empty">No {module.toLowerCase()} in this org yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="record-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label}>{column.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const highlighted = record.id === highlightId;
                return (
                  <tr key={record.id} ref={highlighted ? highlightRef : undefined} className={highlighted ? 'row-highlighted' : undefined}>
                    {columns.map((column, index) => (
                      <td key={column.label}>
                        {index === 0 ? (
                          <>
                            <button type="button" className="link-button" onClick={() => onOpen(record.id)}>
                              {recordTitle(module, record) || '(no name)'}
                            </button>
                            {!baselineIds.has(record.id) && <NewBadge />}
                          </>
                        ) : (
                          column.text(record)
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
