import { useDeferredValue, useId } from 'react';
import type { AccountCandidate, ContactCandidate, Lead, NameId, RecordId } from '../../api/crm-host';
import { candidateDisabledReason } from '../../domain/candidate-availability';
import type { AccountChoice, ContactChoice, MatchAttribution, ResolutionNote } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import { CandidateCard } from './candidate-card';
import type { CandidateTarget } from './candidate-view';
import { NewRecordOption } from './new-record-option';
import { ResolutionNotes } from './resolution-notes';
import { UnseenMatches } from './unseen-matches';
import { useResolutionRuleText } from './use-resolution-rule-text';
import './resolution.css';

const FIRST_PAINT_CARDS = 6;

type SectionCommon = {
  lead: Lead;
  attribution: MatchAttribution;
  suggestedId: RecordId | null;
  /** Notes from the rules; the section shows those about its own module (overwrite-available is OverwriteOption's). */
  notes: ResolutionNote[];
  onCompare(candidateId: RecordId): void;
  /** 'choose' after a Convert attempt without a choice: inline error, group marked invalid. */
  problem?: 'choose' | null;
  /** Opens a contact's linked account in CRM; without it the account shows as plain text. */
  onOpenAccount?: ((accountId: RecordId) => void) | undefined;
};

export type ResolutionSectionProps = SectionCommon &
  (
    | { module: 'Contacts'; candidates: ContactCandidate[]; choice: ContactChoice | null; onChoose(choice: ContactChoice): void; lockedByContact?: null }
    | {
        module: 'Accounts';
        candidates: AccountCandidate[];
        choice: AccountChoice | null;
        onChoose(choice: AccountChoice): void;
        /** The chosen contact already belongs to an account: that account is the choice, fixed. */
        lockedByContact?: { contactName: string; account: (NameId & { locked: boolean }) | null } | null;
      }
  );

/** The module's duplicate decision as one radio group: create new (or no account), or add to one matched record. */
export function ResolutionSection(props: ResolutionSectionProps) {
  const { module, lead, attribution, suggestedId, notes, onCompare, problem, onOpenAccount } = props;
  const text = useText().resolution;
  const ruleText = useResolutionRuleText();
  const id = useId();
  const radioName = `${id}-choice`;
  const locked = props.module === 'Accounts' ? (props.lockedByContact ?? null) : null;
  const choice = props.choice;
  const targets: CandidateTarget[] =
    props.module === 'Contacts'
      ? props.candidates.map((candidate) => ({ module: 'Contacts', candidate }))
      : withLinkedAccount(props.candidates, locked?.account ?? null).map((candidate) => ({ module: 'Accounts', candidate }));
  // Zoho may offer up to 100 matches per module: the first ones paint at once, the rest follow in a deferred
  // (interruptible) render, so the screen is usable before all cards exist and a click never waits for them.
  const shownCount = useDeferredValue(targets.length, Math.min(targets.length, FIRST_PAINT_CARDS));
  const shown = targets.filter(
    (target, index) => index < shownCount || target.candidate.id === suggestedId || (choice?.kind === 'existing' && choice.id === target.candidate.id),
  );
  const matchesOf = (candidateId: RecordId) => (module === 'Contacts' ? attribution.contacts : attribution.accounts)[candidateId] ?? [];
  const ownNotes = notes.filter((note) => note.kind !== 'overwrite-available' && module === 'Accounts');
  const noCompany = module === 'Accounts' && lead.company === null;
  const ids = { summary: `${id}-summary`, error: `${id}-error`, fixed: `${id}-fixed` };
  const showFixedText = locked !== null && !ownNotes.some((note) => note.kind === 'account-follows-contact');

  const chooseNewOrNone = () => {
    if (props.module === 'Accounts') props.onChoose(noCompany ? { kind: 'none' } : { kind: 'new' });
    else props.onChoose({ kind: 'new' });
  };

  return (
    <fieldset
      className="resolution-section"
      aria-invalid={problem === 'choose' ? true : undefined}
      aria-describedby={[ids.summary, problem === 'choose' && ids.error, showFixedText && ids.fixed].filter(Boolean).join(' ')}
    >
      <legend className="resolution-section__legend">
        <h2 className="resolution-section__title">{text.legend(module)}</h2>
      </legend>
      <p id={ids.summary} className="resolution-section__summary">
        {text.matchCount(module, targets.length)}
      </p>
      <UnseenMatches module={module} matches={attribution.unattributed[module]} also={targets.length > 0} />
      <ResolutionNotes notes={ownNotes} />
      {showFixedText ? (
        <p id={ids.fixed} className="resolution-note" role="note">
          {text.lockedByContact(locked.contactName)}
        </p>
      ) : null}
      {problem === 'choose' ? (
        <p id={ids.error} className="resolution-section__error">
          {text.chooseError(module)}
        </p>
      ) : null}
      <ul className={`resolution-section__options${targets.length > SCROLL_AFTER ? ' resolution-section__options--scroll' : ''}`}>
        <NewRecordOption
          module={module}
          radioName={radioName}
          name={module === 'Contacts' ? lead.fullName : lead.company}
          checked={choice !== null && (choice.kind === 'new' || choice.kind === 'none')}
          disabled={locked !== null}
          onSelect={chooseNewOrNone}
        />
        {shown.map((target) => {
          const candidateId = target.candidate.id;
          const chosen = choice?.kind === 'existing' && choice.id === candidateId;
          const reason = candidateDisabledReason(target.candidate);
          const unavailable = reason ? ruleText.disabledReason(reason) : locked && !chosen ? text.otherAccountFixed(locked.contactName) : null;
          return (
            <CandidateCard
              key={candidateId}
              {...target}
              matches={matchesOf(candidateId)}
              radioName={radioName}
              checked={chosen}
              suggested={suggestedId === candidateId}
              unavailable={unavailable}
              fixedReason={locked && chosen ? text.followsContact(locked.contactName) : null}
              onSelect={() => props.onChoose({ kind: 'existing', id: candidateId })}
              onCompare={() => onCompare(candidateId)}
              onOpenAccount={onOpenAccount}
            />
          );
        })}
      </ul>
    </fieldset>
  );
}

/** More matches than this and the list scrolls inside its section, so the other section stays in reach. */
const SCROLL_AFTER = 4;

/**
 * The account a chosen contact belongs to is where the lead goes, even when Zoho did not offer it as a match;
 * it is shown as the (fixed) chosen card so the group never looks unanswered.
 */
function withLinkedAccount(candidates: AccountCandidate[], linked: (NameId & { locked: boolean }) | null): AccountCandidate[] {
  if (!linked || candidates.some((candidate) => candidate.id === linked.id)) return candidates;
  const card: AccountCandidate = {
    id: linked.id,
    name: linked.name,
    phone: null,
    website: null,
    accountType: null,
    layout: null,
    locked: linked.locked,
    editable: true,
    approvalState: 'approved',
    fields: { Account_Name: linked.name },
  };
  return [...candidates, card];
}
