import type { SimRecord } from '../../host/simulator/simulated-crm-types';
import { displayFields, fieldLabel } from '../org/record-fields';

/** recordLabel names the owner field as CRM does: "Lead Owner", "Contact Owner", … */
export function FieldGrid({ record, recordLabel }: { record: SimRecord; recordLabel: string }) {
  return (
    <dl className="field-grid">
      {displayFields(record).map((field) => (
        <div key={field.apiName} className="field">
          <dt>{field.apiName === 'Owner' ? `${recordLabel} Owner` : fieldLabel(field.apiName)}</dt>
          <dd>{field.text}</dd>
        </div>
      ))}
    </dl>
  );
}
