// Where ZOHO.CRM.UI.Record.open lands for a contact, account or deal.
import type { SimRecord } from '../../host/simulator/simulated-crm-types';
import { recordTitle, singular, type ModuleName } from '../org/modules';
import { recordTags } from '../org/record-fields';
import { FieldGrid } from './field-grid';
import { TagList } from './tag-list';
import { NewBadge } from './status-badges';

type RecordDetailViewProps = {
  module: ModuleName;
  record: SimRecord | undefined;
  isNew: boolean;
  onBack(): void;
};

export function RecordDetailView({ module, record, isNew, onBack }: RecordDetailViewProps) {
  const tags = record ? recordTags(record) : [];
  return (
    <div className="detail">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          ‹ {module}
        </button>
      </nav>
      {record ? (
        <>
          <section className="card detail-header" aria-labelledby="record-heading">
            <div className="avatar" aria-hidden="true">
              {singular(module).slice(0, 1)}
            </div>
            <div className="detail-heading">
              <p className="muted">{singular(module)}</p>
              <h1 id="record-heading">
                {recordTitle(module, record) || '(no name)'} {isNew && <NewBadge />}
              </h1>
              <TagList tags={tags} />
            </div>
          </section>
          <section className="card" aria-labelledby="record-info-heading">
            <h2 id="record-info-heading" className="section-title">
              {singular(module)} Information
            </h2>
            <FieldGrid record={record} recordLabel={singular(module)} />
          </section>
        </>
      ) : (
        <section className="card">
          <p className="empty" role="alert">
            This {singular(module).toLowerCase()} does not exist in the simulated org.
          </p>
        </section>
      )}
    </div>
  );
}
