import type { Lead } from '../api/crm-host';
import { useText } from '../i18n/use-text';

export function LeadSummary({ lead }: { lead: Lead }) {
  const text = useText();
  const rows: [string, string | null][] = [
    [text.leadCompany, lead.company],
    [text.leadEmail, lead.email],
    [text.leadPhone, lead.phone],
    [text.leadOwner, lead.owner?.name ?? null],
  ];
  return (
    <section className="panel lead-summary" aria-labelledby="lead-name">
      <h1 id="lead-name" className="lead-summary__name">
        {lead.fullName}
      </h1>
      <dl className="lead-summary__fields">
        {rows.map(([label, value]) => (
          <div key={label} className="lead-summary__field">
            <dt>{label}</dt>
            <dd>{value ?? text.noValue}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
