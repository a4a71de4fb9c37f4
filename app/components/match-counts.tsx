import type { ConversionOptions } from '../api/crm-host';
import { useText } from '../i18n/use-text';

export function MatchCounts({ options }: { options: ConversionOptions }) {
  const text = useText();
  if (!options.available) return <p className="panel panel--notice">{text.conversionUnavailable}</p>;
  const { contacts, accounts, matchedOn } = options;
  const matchedFields = [...new Set([...matchedOn.contacts, ...matchedOn.accounts].map((m) => m.label ?? m.apiName))];
  return (
    <section className="panel match-counts" aria-label="Possible duplicates">
      <ul className="match-counts__list">
        <li>{text.matchingContacts(contacts.length)}</li>
        <li>{text.matchingAccounts(accounts.length)}</li>
      </ul>
      {matchedFields.length > 0 ? (
        <p className="match-counts__fields">{text.matchedOn(matchedFields.join(', '))}</p>
      ) : (
        <p className="match-counts__fields">{text.noMatches}</p>
      )}
    </section>
  );
}
