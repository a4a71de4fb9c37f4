// A saved draft is untrusted input (session storage can hold anything: an older schema, another tab's edits,
// a hand-edited value): only choices that still make sense against the fresh lead and options come back.
import type { AccountCandidate, ContactCandidate, RecordId } from '../api/crm-host';
import { candidateDisabledReason } from './candidate-availability';
import type { AccountChoice, ContactChoice, ConversionChoices, ConversionContext, DealValues, TargetModule } from './conversion-model';

export type DroppedChoice = { kind: 'contact' | 'account'; id: RecordId } | { kind: 'owner'; id: RecordId };
export type RestoredDraft = { choices: ConversionChoices; dropped: DroppedChoice[] };

const MODULES: readonly TargetModule[] = ['Contacts', 'Accounts', 'Deals'];
const DIGITS = /^[0-9]{1,20}$/;
/** Deal inputs are form strings; anything bigger than a generous text field is not something the rep typed. */
const MAX_DEAL_FIELDS = 100;
const MAX_DEAL_VALUE = 32_000;

export function restoreDraft(raw: unknown, context: ConversionContext): RestoredDraft {
  const saved = asRecord(raw);
  const dropped: DroppedChoice[] = [];
  if (!saved) return { choices: {}, dropped };
  const choices: ConversionChoices = {};

  const contact = readChoice(saved.contact, false);
  if (contact?.kind === 'existing' && !offered(context.options.contacts, contact.id)) dropped.push({ kind: 'contact', id: contact.id });
  else if (contact) choices.contact = contact as ContactChoice;

  const account = readChoice(saved.account, !context.lead.company?.trim());
  if (account?.kind === 'existing' && !offered(context.options.accounts, account.id)) dropped.push({ kind: 'account', id: account.id });
  else if (account) choices.account = account;

  const ownerId = typeof saved.ownerId === 'string' && DIGITS.test(saved.ownerId) ? saved.ownerId : undefined;
  // Users load on their own; while they are unknown the owner stays and the edit step checks it once they arrive.
  if (ownerId && context.users.length > 0 && !context.users.some((user) => user.id === ownerId)) dropped.push({ kind: 'owner', id: ownerId });
  else if (ownerId) choices.ownerId = ownerId;

  for (const key of ['overwrite', 'createDeal', 'notifyLeadOwner', 'notifyNewOwner'] as const) {
    if (typeof saved[key] === 'boolean') choices[key] = saved[key];
  }
  if (typeof saved.attachmentsTo === 'string' && MODULES.includes(saved.attachmentsTo as TargetModule)) choices.attachmentsTo = saved.attachmentsTo as TargetModule;
  const deal = readDeal(saved.deal);
  if (deal) choices.deal = deal;
  const tags = readTags(saved.carryOverTags, new Set(context.lead.tags.map((tag) => tag.name)));
  if (tags) choices.carryOverTags = tags;
  return { choices, dropped };
}

function readChoice(value: unknown, noneAllowed: boolean): AccountChoice | null {
  const choice = asRecord(value);
  if (choice?.kind === 'new') return { kind: 'new' };
  if (choice?.kind === 'none' && noneAllowed) return { kind: 'none' };
  if (choice?.kind === 'existing' && typeof choice.id === 'string' && DIGITS.test(choice.id)) return { kind: 'existing', id: choice.id };
  return null;
}

/** Still offered by Zoho and still choosable (a record locked since the draft was saved is dropped too). */
function offered(candidates: readonly (ContactCandidate | AccountCandidate)[], id: RecordId): boolean {
  const candidate = candidates.find((item) => item.id === id);
  return candidate !== undefined && candidateDisabledReason(candidate) === null;
}

function readDeal(value: unknown): DealValues | null {
  const deal = asRecord(value);
  if (!deal) return null;
  const entries = Object.entries(deal)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length <= MAX_DEAL_VALUE)
    .slice(0, MAX_DEAL_FIELDS);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** Only the lead's own tags can be carried over, so a saved name the lead no longer has is dropped silently. */
function readTags(value: unknown, leadTags: Set<string>): ConversionChoices['carryOverTags'] | null {
  const tags = asRecord(value);
  if (!tags) return null;
  const result: NonNullable<ConversionChoices['carryOverTags']> = {};
  for (const module of MODULES) {
    const names = tags[module];
    if (Array.isArray(names)) result[module] = names.filter((name): name is string => typeof name === 'string' && leadTags.has(name));
  }
  return Object.keys(result).length > 0 ? result : null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
