import type { BulkResult } from '../../api/bulk/bulk-types';
import type { RecordId } from '../../api/crm-host';
import { displayText } from '../../domain/display-text';
import { useBulkText } from '../../i18n/use-bulk-text';
import { useText } from '../../i18n/use-text';

type Props = {
  results: BulkResult[];
  onOpen(target: { module: 'Contacts' | 'Accounts' | 'Deals'; id: RecordId }): void;
};

/** One page of per-lead outcomes, with links to the records each lead became. */
export function ResultsTable({ results, onOpen }: Props) {
  const text = useBulkText();
  const noValue = useText().noValue;
  const link = (module: 'Contacts' | 'Accounts' | 'Deals', id: RecordId | null, label: string, name: string) =>
    id && (
      <li>
        <button type="button" className="link-button" aria-label={`${label} — ${displayText(name)}`} onClick={() => onOpen({ module, id })}>
          {label}
        </button>
      </li>
    );
  return (
    <div className="bulk-table-wrap">
      <table className="bulk-table bulk-results">
        <caption className="visually-hidden">{text.resultsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.colLead}</th>
            <th scope="col">{text.colCompany}</th>
            <th scope="col">{text.colOutcome}</th>
            <th scope="col">{text.colHow}</th>
            <th scope="col">{text.colReason}</th>
            <th scope="col">{text.colRecords}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.leadId} className={`bulk-row bulk-row--${result.outcome}`} data-lead-id={result.leadId}>
              <th scope="row" className="bulk-table__name">
                <span className="bulk-table__clamp">{result.name}</span>
              </th>
              <td>{result.company ? <span className="bulk-table__clamp">{result.company}</span> : <span className="muted">{noValue}</span>}</td>
              <td>
                <span className={`bulk-badge bulk-badge--${result.outcome}`}>{text.outcome[result.outcome] ?? result.outcome}</span>
              </td>
              <td>{text.how[result.how ?? 'none']}</td>
              <td>{result.reason ?? <span className="muted">{noValue}</span>}</td>
              <td>
                <ul className="bulk-links">
                  {link('Contacts', result.contactId, text.linkContact, result.name)}
                  {link('Accounts', result.accountId, text.linkAccount, result.name)}
                  {link('Deals', result.dealId, text.linkDeal, result.name)}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
