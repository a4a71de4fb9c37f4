import type { AccountChoice, ContactChoice, ConversionChoices, ConversionContext, ResolutionNote } from './conversion-model';
import { defaultChoices } from './default-choices';
import { normalizeText } from './match-values';

export type EffectiveResolution = {
  contact: ContactChoice | null;
  account: AccountChoice | null;
  accountFollowsContact: boolean;
  notes: ResolutionNote[];
};

/** The rep's choices over the defaults, constrained by the API's rules (derived on every render, never stored). */
export function effectiveResolution(context: ConversionContext, choices: ConversionChoices): EffectiveResolution {
  const defaults = defaultChoices(context);
  const contact = choices.contact ?? defaults.contact;
  const company = context.lead.company?.trim() || null;
  const notes: ResolutionNote[] = [];
  const chosenContact = contact?.kind === 'existing' ? context.options.contacts.find((c) => c.id === contact.id) : undefined;
  const linked = chosenContact?.account ?? null;

  if (chosenContact && linked) {
    // Kaizen 137: "If you transfer to a contact that is already linked to an account, the lead will automatically be
    // converted and associated with that account"; naming another account is INVALID_DATA.
    notes.push({ kind: 'account-follows-contact', contactName: chosenContact.fullName, accountName: linked.name });
    // §3.2 overwrite: only meaningful when the contact's account name differs from the lead's Company.
    if (company && linked.name.trim() && normalizeText(linked.name) !== normalizeText(company)) {
      notes.push({ kind: 'overwrite-available', contactAccountName: linked.name, leadCompany: company });
    }
    return { contact, account: { kind: 'existing', id: linked.id }, accountFollowsContact: true, notes };
  }

  const account = normalizeAccount(choices.account ?? defaults.account, company !== null);
  // Kaizen 137: "If the Lead record's Company field is empty, and no account is specified … an account will not be created."
  if (company === null && account?.kind !== 'existing') notes.push({ kind: 'no-account-without-company' });
  return { contact, account, accountFollowsContact: false, notes };
}

// Without an Accounts id Zoho creates an account exactly when the lead has a Company, so 'new' and 'none'
// collapse to what will really happen (a stale choice after the lead changed cannot mislead the review).
function normalizeAccount(account: AccountChoice | null, hasCompany: boolean): AccountChoice | null {
  if (account === null || account.kind === 'existing') return account;
  return hasCompany ? { kind: 'new' } : { kind: 'none' };
}
