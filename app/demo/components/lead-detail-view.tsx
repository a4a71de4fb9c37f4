// A lead's detail page with the custom button that opens the widget (ButtonPosition "DetailView").
import type { SimRecord } from '../../host/simulator/simulated-crm-types';
import { fieldText, leadName, leadStatuses, recordTags } from '../org/record-fields';
import { FieldGrid } from './field-grid';
import { TagList } from './tag-list';
import { CONVERT_BUTTON_LABEL } from './leads-list-view';
import { StatusBadges } from './status-badges';

type LeadDetailViewProps = {
  lead: SimRecord;
  onBack(): void;
  onConvert(): void;
};

export function LeadDetailView({ lead, onBack, onConvert }: LeadDetailViewProps) {
  const name = leadName(lead);
  const tags = recordTags(lead);
  const subtitle = [fieldText(lead, 'Designation'), fieldText(lead, 'Company')].filter(Boolean).join(' · ');
  return (
    <div className="detail">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          ‹ Leads
        </button>
      </nav>
      <section className="card detail-header" aria-labelledby="lead-heading">
        <div className="avatar" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </div>
        <div className="detail-heading">
          <h1 id="lead-heading">
            {name} <StatusBadges statuses={leadStatuses(lead)} />
          </h1>
          {subtitle && <p className="muted">{subtitle}</p>}
          <TagList tags={tags} />
        </div>
        <div className="detail-actions">
          <button type="button" className="button button-primary" onClick={onConvert}>
            {CONVERT_BUTTON_LABEL}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="lead-info-heading">
        <h2 id="lead-info-heading" className="section-title">
          Lead Information
        </h2>
        <FieldGrid record={lead} recordLabel="Lead" />
      </section>
    </div>
  );
}
