import type { Lead, ModuleName } from '../../api/crm-host';
import { useText } from '../../i18n/use-text';

type Props = {
  lead: Lead | null;
  title: string;
  message: string;
  nextStep?: string | null | undefined;
  onOpen(target: { module: ModuleName; id: string }): void;
  onClose(): void;
};

/** Why this lead cannot be converted here; no Convert button, only the way out (and, if converted, its records). */
export function IneligibleLead({ lead, title, message, nextStep, onOpen, onClose }: Props) {
  const text = useText().single;
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
        {title}
      </h1>
      <p>{message}</p>
      {nextStep && known.length === 0 && <p className="muted">{nextStep}</p>}
      {known.length > 0 && (
        <>
          <p>{text.convertedLinks}</p>
          <ul className="result__links">
            {known.map((entry) => (
              <li key={entry.module}>
                <button type="button" className="link-button" onClick={() => onOpen({ module: entry.module, id: entry.id })}>
                  {text.openRecordOf(entry.label)}
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
