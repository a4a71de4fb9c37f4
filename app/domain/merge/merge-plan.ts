// What happens to existing records after the convert: one update per record (the fields where the rep chose
// the lead's value) and the facts the audit note records. Built when the rep converts, from what is on screen.
import type { AccountCandidate, ContactCandidate, FieldMatch, RecordId, RecordModule, RecordUpdate } from '../../api/crm-host';
import type { CandidateFieldMatch, ConversionContext } from '../conversion-model';
import type { EffectiveResolution } from '../effective-resolution';
import { buildUpdate, chosenRows, diffRecord, pickOf, type MergePick, type MergeRow } from './field-diff';

export type RecordMerge = {
  module: RecordModule;
  id: RecordId;
  name: string;
  /** Every row that differed; `changes` are the ones the lead wins. */
  rows: MergeRow[];
  changes: MergeRow[];
  update: RecordUpdate | null;
};

export type Origin = 'suggested' | 'searched' | 'chosen';

export type AuditTarget =
  | { kind: 'new' }
  | { kind: 'none' }
  | { kind: 'existing'; name: string; origin: Origin; matchedOn: CandidateFieldMatch[]; followsContact: boolean };

export type AuditFacts = {
  leadName: string;
  contact: AuditTarget;
  account: AuditTarget;
  /** Per existing record: fields overwritten or filled, and differing fields the rep kept. */
  records: { module: RecordModule; name: string; changes: MergeRow[]; kept: MergeRow[] }[];
};

/** A chosen existing record as the screen knows it: still being read, unreadable, or read. */
export type ExistingRecordState = { id: RecordId; status: 'loading' | 'error' | 'ready'; record: ContactCandidate | AccountCandidate | undefined };

export type MergePlan = { merges: RecordMerge[]; audit: AuditFacts | null };

export type MergeInputs = {
  context: ConversionContext;
  resolution: EffectiveResolution;
  suggested: { contactId: RecordId | null; accountId: RecordId | null };
  /** The existing records as read (GET /{module}/{id}); a record not read yet has no rows. */
  records: { Contacts?: ContactCandidate | undefined; Accounts?: AccountCandidate | undefined };
  searchedIds: ReadonlySet<RecordId>;
  picks: Readonly<Record<RecordId, Record<string, MergePick>>>;
  auditNote: boolean;
};

export function recordMerge(
  module: RecordModule,
  record: ContactCandidate | AccountCandidate,
  lead: Record<string, unknown>,
  picks: MergeInputs['picks'],
  matchedOn: readonly FieldMatch[],
): RecordMerge {
  const rows = diffRecord(module, lead, record.fields, matchedOn);
  const own = picks[record.id];
  return { module, id: record.id, name: 'fullName' in record ? record.fullName : record.name, rows, changes: chosenRows(rows, own), update: buildUpdate(rows, own) };
}

export function buildMergePlan(inputs: MergeInputs): MergePlan {
  const { context, resolution, records, picks } = inputs;
  const lead = context.lead.fields;
  const merges: RecordMerge[] = [];
  const contactId = resolution.contact?.kind === 'existing' ? resolution.contact.id : null;
  const accountId = resolution.account?.kind === 'existing' ? resolution.account.id : null;
  const { matchedOn } = context.options;
  if (contactId && records.Contacts?.id === contactId) merges.push(recordMerge('Contacts', records.Contacts, lead, picks, matchedOn.contacts));
  if (accountId && records.Accounts?.id === accountId) merges.push(recordMerge('Accounts', records.Accounts, lead, picks, matchedOn.accounts));
  if (!inputs.auditNote) return { merges, audit: null };
  return {
    merges,
    audit: {
      leadName: context.lead.fullName,
      contact: target(inputs, 'Contacts', contactId),
      account: accountId === null ? { kind: resolution.account?.kind === 'none' ? 'none' : 'new' } : target(inputs, 'Accounts', accountId),
      records: merges.map((merge) => ({
        module: merge.module,
        name: merge.name,
        changes: merge.changes,
        kept: merge.rows.filter((row) => row.kind === 'differs' && pickOf(row, picks[merge.id]) === 'keep'),
      })),
    },
  };
}

function target(inputs: MergeInputs, module: RecordModule, id: RecordId | null): AuditTarget {
  if (id === null) return { kind: 'new' };
  const { context, suggested, searchedIds, resolution } = inputs;
  const candidates: (ContactCandidate | AccountCandidate)[] = module === 'Contacts' ? context.options.contacts : context.options.accounts;
  const read = inputs.records[module];
  const candidate = candidates.find((entry) => entry.id === id) ?? (read?.id === id ? read : undefined);
  const linkedName = context.options.contacts.find((contact) => contact.account?.id === id)?.account?.name;
  const name = candidate ? ('fullName' in candidate ? candidate.fullName : candidate.name) : (linkedName ?? id);
  const suggestedId = module === 'Contacts' ? suggested.contactId : suggested.accountId;
  const origin: Origin = searchedIds.has(id) ? 'searched' : suggestedId === id ? 'suggested' : 'chosen';
  const matchedOn = (module === 'Contacts' ? context.attribution.contacts : context.attribution.accounts)[id] ?? [];
  return { kind: 'existing', name, origin, matchedOn, followsContact: module === 'Accounts' && resolution.accountFollowsContact };
}
