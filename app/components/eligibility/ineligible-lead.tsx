import type { Lead, ModuleName } from '../../api/crm-host';
import type { IneligibleReason } from '../../domain/lead-eligibility';
import { useIneligibleText } from '../../i18n/use-ineligible-text';
import { useText } from '../../i18n/use-text';
import './ineligible.css';

type Props = {
  lead: Lead | null;
  reason: IneligibleReason;
  onOpen(target: { module: ModuleName; id: string }): void;
  onClose(): void;
};

/** Why this lead cannot be converted here; no Convert button, only the way out (and, if converted, its records). */
export function IneligibleLead({ lead, reason, onOpen, onClose }: Props) {
  const text = useText().single;
  const why = useIneligibleText();
  const { message, nextStep } = why.reason[reason];
  const detail = lead?.converted ? lead.convertedDetail : null;
  const links: { module: ModuleName; id: string | null; label: string }[] = detail
    ? [
        { module: 'Contacts', id: detail.contactId, label: text.moduleName('Contacts') },
        { module: 'Accounts', id: detail.accountId, label: text.moduleName('Accounts') },
        { module: 'Deals', id: detail.dealId, label: text.moduleName('Deals') },
      ]
    : [];
  const known = links.filter((entry): entry is { module: ModuleName; id: string; label: string } => entry.id !== null);
  return (
    <section className="panel panel--notice ineligible" aria-labelledby="ineligible-title">
      {lead && <p className="ineligible__lead">{lead.fullName}</p>}
      <h1 id="ineligible-title" className="panel__title">
        {why.title[reason]}
      </h1>
      <p>{message}</p>
      {nextStep && known.length === 0 && <p className="muted">{nextStep}</p>}
      {known.length > 0 && (
        <>
          <p>{why.convertedLinks}</p>
          <ul className="ineligible__links">
            {known.map((entry) => (
              <li key={entry.module}>
                <button type="button" className="link-button" onClick={() => onOpen({ module: entry.module, id: entry.id })}>
                  {why.openRecordOf(entry.label)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="footer">
        <button type="button" className="button" onClick={onClose}>
          {text.close}
        </button>
      </div>
    </section>
  );
}
