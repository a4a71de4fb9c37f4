import { useId } from 'react';
import type { Lead } from '../api/crm-host';
import type { MatchAttribution } from '../domain/conversion-model';
import { fieldLabel } from '../domain/match-values';
import { useText } from '../i18n/use-text';
import { shownFieldLabel } from './resolution/field-name';
import { MarkedValue } from './resolution/marked-value';
import './resolution/resolution.css';

type Highlights = MatchAttribution['leadFields'];
type Row = { apiName: string; label: string; value: string | null };

const NAME_FIELD = 'Full_Name';

/**
 * The lead being converted. With `highlights` (attribution.leadFields), the values Zoho matched on are marked
 * and say what they match, the same way the candidate cards mark them.
 */
export function LeadSummary({ lead, highlights = {} }: { lead: Lead; highlights?: Highlights }) {
  const text = useText();
  const id = useId();
  const rows: Row[] = [
    { apiName: 'Company', label: text.leadCompany, value: lead.company },
    { apiName: 'Email', label: text.leadEmail, value: lead.email },
    { apiName: 'Phone', label: text.leadPhone, value: lead.phone },
    { apiName: 'Owner', label: text.leadOwner, value: lead.owner?.name ?? null },
  ];
  // A unique field outside the standard ones (Mobile, a custom id…) still deserves its row when it matched.
  const extra: Row[] = Object.entries(highlights)
    .filter(([apiName]) => apiName !== NAME_FIELD && !rows.some((row) => row.apiName === apiName))
    .map(([apiName, highlight]) => ({ apiName, label: shownFieldLabel(text.resolution.fields, apiName, fieldLabel(apiName)), value: highlight.value }));
  const nameMatch = highlights[NAME_FIELD];

  return (
    <section className="panel lead-summary" aria-labelledby={`${id}-name`}>
      <h1 id={`${id}-name`} className="lead-summary__name">
        {nameMatch ? <mark className="resolution-mark">{lead.fullName}</mark> : lead.fullName}
      </h1>
      {nameMatch ? <p className="lead-summary__name-hint">{text.resolution.leadMatches(nameMatch.modules)}</p> : null}
      <dl className="lead-summary__fields">
        {[...rows, ...extra].map((row) => {
          const highlight = highlights[row.apiName];
          return (
            <div key={row.apiName} className="lead-summary__field">
              <dt>{row.label}</dt>
              <dd>
                {/* Only the CRM value is cut after a few lines; the hint under it is ours and always shown whole. */}
                <span className="lead-summary__value">
                  <MarkedValue value={row.value} marked={highlight !== undefined} empty={text.noValue} />
                </span>
                {highlight ? ' ' : null}
                {highlight ? <span className="lead-summary__hint">{text.resolution.leadMatches(highlight.modules)}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
