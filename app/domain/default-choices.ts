import type { AccountCandidate, ContactCandidate, RecordId } from '../api/crm-host';
import { candidateDisabledReason } from './candidate-availability';
import type { AccountChoice, CandidateFieldMatch, ContactChoice, ConversionContext } from './conversion-model';

export type DefaultChoices = {
  contact: ContactChoice | null;
  account: AccountChoice | null;
  suggestedContactId: RecordId | null;
  suggestedAccountId: RecordId | null;
};

/**
 * What is preselected before the rep touches anything (product brief step 3); null = the rep must choose.
 * Only strong evidence preselects: "when one candidate matched on a unique field or Email, it is preselected
 * and labelled suggested; weaker evidence (name or company name only) is shown but not preselected".
 */
export function defaultChoices(context: ConversionContext): DefaultChoices {
  const { options, attribution, lead } = context;
  const suggestedContact = suggest(options.contacts, attribution.contacts);
  const contact = options.contacts.length === 0 ? { kind: 'new' as const } : suggestedContact ? existing(suggestedContact.id) : null;
  // A contact linked to an account brings that account (Kaizen 137), so it is the account default too.
  const linked = suggestedContact && 'account' in suggestedContact ? suggestedContact.account : null;
  if (suggestedContact && linked) return { contact, account: existing(linked.id), suggestedContactId: suggestedContact.id, suggestedAccountId: linked.id };

  const suggestedAccount = suggest(options.accounts, attribution.accounts);
  const noAccount: AccountChoice = lead.company ? { kind: 'new' } : { kind: 'none' };
  const account = options.accounts.length === 0 ? noAccount : suggestedAccount ? existing(suggestedAccount.id) : null;
  return {
    contact,
    account,
    suggestedContactId: suggestedContact?.id ?? null,
    suggestedAccountId: suggestedAccount?.id ?? null,
  };
}

function existing(id: RecordId): { kind: 'existing'; id: RecordId } {
  return { kind: 'existing', id };
}

/** 2 = a unique field (beats Email: §2.5 checks unique fields first), 1 = Email, 0 = weak evidence only. */
export function evidenceRank(matches: CandidateFieldMatch[] | undefined): 0 | 1 | 2 {
  const strong = (matches ?? []).filter((match) => match.strength === 'strong');
  if (strong.some((match) => match.apiName !== 'Email')) return 2;
  return strong.length > 0 ? 1 : 0;
}

// The strongest evidence must point at exactly one record, and that record must be selectable; a locked or
// read-only record holding equally strong evidence makes the choice the rep's [INFERRED].
function suggest<C extends ContactCandidate | AccountCandidate>(
  candidates: C[],
  matches: Record<RecordId, CandidateFieldMatch[]>,
): C | null {
  const ranked = candidates.map((candidate) => ({ candidate, rank: evidenceRank(matches[candidate.id]) }));
  const best = Math.max(0, ...ranked.map((entry) => entry.rank));
  if (best === 0) return null;
  const top = ranked.filter((entry) => entry.rank === best);
  const [only] = top;
  if (top.length !== 1 || !only || candidateDisabledReason(only.candidate) !== null) return null;
  return only.candidate;
}
