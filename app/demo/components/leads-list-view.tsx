// The Leads list view: checkboxes and the mass-action button that opens the widget for the selection.
import type { SimRecord } from '../../host/simulator/simulated-crm-types';
import { fieldText, leadName, leadStatuses } from '../org/record-fields';
import { StatusBadges } from './status-badges';

export const CONVERT_BUTTON_LABEL = 'Convert (check duplicates)';

type LeadsListViewProps = {
  leads: readonly SimRecord[];
  selected: ReadonlySet<string>;
  onSelectionChange(selected: ReadonlySet<string>): void;
  onOpenLead(id: string): void;
  onConvertSelected(): void;
};

export function LeadsListView({ leads, selected, onSelectionChange, onOpenLead, onConvertSelected }: LeadsListViewProps) {
  const allSelected = leads.length > 0 && leads.every((lead) => selected.has(lead.id));
  const handleToggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onSelectionChange(next);
  };
  const handleToggleAll = () => onSelectionChange(allSelected ? new Set() : new Set(leads.map((lead) => lead.id)));

  return (
    <section className="card" aria-labelledby="leads-heading">
      <div className="card-toolbar">
        <h1 id="leads-heading" className="card-title">
          All Leads <span className="muted">({leads.length})</span>
        </h1>
        <div className="toolbar-actions">
          <span className="muted" aria-live="polite">
            {selected.size > 0 ? `${selected.size} selected` : 'Select leads to convert them together'}
          </span>
          <button type="button" className="button button-primary" disabled={selected.size === 0} onClick={onConvertSelected}>
            {CONVERT_BUTTON_LABEL}
          </button>
        </div>
      </div>
      <div className="table-scroll">
        <table className="record-table">
          <thead>
            <tr>
              <th className="check-column">
                <input type="checkbox" aria-label="Select all leads" checked={allSelected} onChange={handleToggleAll} />
              </th>
              <th>Lead Name</th>
              <th>Company</th>
              <th>Email</th>
              <th>Phone</th>
              <th>Lead Owner</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {leads.map((lead) => {
              const name = leadName(lead);
              return (
                <tr key={lead.id} className={selected.has(lead.id) ? 'row-selected' : undefined}>
                  <td className="check-column">
                    <input type="checkbox" aria-label={`Select ${name}`} checked={selected.has(lead.id)} onChange={() => handleToggle(lead.id)} />
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpenLead(lead.id)}>
                      {name}
                    </button>
                  </td>
                  <td>{fieldText(lead, 'Company')}</td>
                  <td>{fieldText(lead, 'Email')}</td>
                  <td>{fieldText(lead, 'Phone')}</td>
                  <td>{fieldText(lead, 'Owner')}</td>
                  <td>
                    <StatusBadges statuses={leadStatuses(lead)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
