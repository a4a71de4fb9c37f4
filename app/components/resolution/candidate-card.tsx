import { useId, type MouseEvent } from 'react';
import type { RecordId } from '../../api/crm-host';
import type { CandidateFieldMatch } from '../../domain/conversion-model';
import { displayText } from '../../domain/display-text';
import { useText } from '../../i18n/use-text';
import { candidateName, candidateRows, nameMatches, suggestionReason, type CandidateRow, type CandidateTarget } from './candidate-view';
import { MarkedValue } from './marked-value';
import { MatchChips } from './match-chips';
import './resolution.css';

export type CandidateCardProps = CandidateTarget & {
  /** The matched fields this candidate carries (attribution.contacts[id] / attribution.accounts[id]). */
  matches: CandidateFieldMatch[];
  /** Shared by every radio of the section, so arrow keys move between them. */
  radioName: string;
  checked: boolean;
  suggested: boolean;
  /** Why the rep cannot choose this record (a Zoho rule, or another choice fixing it); null when choosable. */
  unavailable: string | null;
  /** Why this record is chosen without the rep choosing it (e.g. the account follows the contact). */
  fixedReason?: string | null;
  onSelect(): void;
  onCompare(): void;
  /** Contacts: opens the linked account (the screen opens it in CRM); without it the account is plain text. */
  onOpenAccount?: ((accountId: RecordId) => void) | undefined;
};

export function CandidateCard(props: CandidateCardProps) {
  const { matches, radioName, checked, suggested, unavailable, fixedReason, onSelect, onCompare, onOpenAccount } = props;
  const text = useText().resolution;
  const id = useId();
  const name = candidateName(props.candidate);
  const target: CandidateTarget = props.module === 'Contacts' ? { module: 'Contacts', candidate: props.candidate } : { module: 'Accounts', candidate: props.candidate };
  const rows = candidateRows(target, matches, text);
  // Once another choice fixes this record, "check before merging" no longer asks anything of the rep.
  const checkHint = !fixedReason && (matches.length === 0 || matches.every((match) => match.strength === 'weak'));
  const ids = { name: `${id}-name`, chips: `${id}-chips`, badge: `${id}-badge`, hint: `${id}-hint`, reason: `${id}-reason` };
  const describedBy = [
    suggested && ids.badge,
    matches.length > 0 && ids.chips,
    checkHint && ids.hint,
    (unavailable ?? fixedReason) && ids.reason,
  ].filter(Boolean).join(' ');

  // The whole card is a mouse target; keyboard users use the radio (and its label) itself.
  const handleCardClick = (event: MouseEvent<HTMLLIElement>) => {
    if (unavailable || checked) return;
    if (event.target instanceof Element && event.target.closest('button, a, input, label')) return;
    onSelect();
  };

  return (
    <li
      className={`candidate-card${checked ? ' candidate-card--selected' : ''}${unavailable ? ' candidate-card--disabled' : ''}`}
      aria-labelledby={ids.name}
      onClick={handleCardClick}
    >
      <div className="candidate-card__head">
        <input
          id={`${id}-radio`}
          className="candidate-card__radio"
          type="radio"
          name={radioName}
          value={props.candidate.id}
          checked={checked}
          disabled={unavailable !== null}
          aria-describedby={describedBy || undefined}
          onChange={onSelect}
        />
        <label htmlFor={`${id}-radio`} className="candidate-card__label">
          <span className="candidate-card__verb">{text.addTo}</span>{' '}
          <span id={ids.name}>
            <MarkedValue value={name} marked={nameMatches(props.module, matches).length > 0} empty={text.noValue} />
          </span>
        </label>
        {suggested ? (
          <span id={ids.badge} className="candidate-card__badge">
            {suggestionReason(matches, text)}
          </span>
        ) : null}
      </div>
      <div className="candidate-card__body">
        <MatchChips id={ids.chips} matches={matches} />
        {checkHint ? (
          <p id={ids.hint} className="candidate-card__weak">
            {matches.length === 0 ? text.unknownEvidence : text.weakEvidence(props.module)}
          </p>
        ) : null}
        {unavailable || fixedReason ? (
          <p id={ids.reason} className={unavailable ? 'candidate-card__disabled-reason' : 'candidate-card__fixed'}>
            {unavailable ?? fixedReason}
          </p>
        ) : null}
        <dl className="candidate-card__fields">
          {rows.map((row) => (
            <div key={row.apiName} className="candidate-card__field">
              <dt>{row.label}</dt>
              <dd>
                <FieldValue row={row} onOpenAccount={onOpenAccount} />
              </dd>
            </div>
          ))}
        </dl>
        <div className="candidate-card__actions">
          <button type="button" className="resolution-button" onClick={onCompare}>
            {text.compare}
            <span className="visually-hidden">{text.compareWith(displayText(name))}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

function FieldValue({ row, onOpenAccount }: { row: CandidateRow; onOpenAccount: CandidateCardProps['onOpenAccount'] }) {
  const text = useText().resolution;
  const { accountId, value } = row;
  if (accountId && value !== null && onOpenAccount) {
    return (
      <button type="button" className="link-button" dir="auto" aria-label={text.openAccount(value)} onClick={() => onOpenAccount(accountId)}>
        {value}
      </button>
    );
  }
  return <MarkedValue value={value} marked={row.matches.length > 0} empty={text.noValue} />;
}
