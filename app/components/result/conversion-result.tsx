import { useEffect, useRef, type ReactNode } from 'react';
import type { ModuleName, NameId } from '../../api/crm-host';
import { displayText } from '../../domain/display-text';
import { useResultText } from '../../i18n/use-result-text';
import './result.css';
import '../forms.css';

export type ConversionOutcome =
  | { kind: 'converted'; contact: NameId | null; account: NameId | null; deal: NameId | null }
  | { kind: 'scheduled' };

type Props = {
  leadName: string;
  outcome: ConversionOutcome;
  openFailed: boolean;
  onOpen(target: { module: ModuleName; id: string }): void;
  onDone(): void;
  /** What followed the conversion (updates of existing records, the note). */
  followUp?: ReactNode;
};

export function ConversionResult({ leadName, outcome, openFailed, onOpen, onDone, followUp }: Props) {
  const text = useResultText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The page the rep was working on is gone; move focus so screen readers announce the result.
  useEffect(() => headingRef.current?.focus(), []);
  const link = (module: ModuleName, record: NameId, label: string) => (
    <li key={module}>
      <button type="button" className="link-button" onClick={() => onOpen({ module, id: record.id })}>
        {label}
      </button>
    </li>
  );
  return (
    <section className="panel result" aria-labelledby="result-title">
      <h1 id="result-title" className="result__title" tabIndex={-1} ref={headingRef}>
        <span className="result__check" aria-hidden="true">✓</span>
        {outcome.kind === 'converted' ? text.resultTitle : text.scheduledTitle}
      </h1>
      {outcome.kind === 'converted' ? (
        <>
          <p className="result__intro">{text.resultIntro(displayText(leadName))}</p>
          <ul className="result__links">
            {outcome.contact && link('Contacts', outcome.contact, text.openContact(displayText(outcome.contact.name)))}
            {outcome.account ? link('Accounts', outcome.account, text.openAccount(displayText(outcome.account.name))) : <li className="result__none">{text.noAccountCreated}</li>}
            {outcome.deal ? link('Deals', outcome.deal, text.openDeal(displayText(outcome.deal.name))) : <li className="result__none">{text.noDealCreated}</li>}
          </ul>
        </>
      ) : (
        <p>{text.scheduledText}</p>
      )}
      {followUp}
      {openFailed && <p role="alert" className="field-error">{text.openFailed}</p>}
      <div className="footer">
        <button type="button" className="button button--primary" onClick={onDone}>
          {text.done}
        </button>
      </div>
    </section>
  );
}
