// Texts of the field-by-field merge, the record search and the audit note (issue #8).
import type { RecordModule } from '../api/crm-host';
import type { MatchReason } from '../domain/merge/match-reasons';
import type { AuditFacts, AuditTarget } from '../domain/merge/merge-plan';
import type { MergeRow } from '../domain/merge/field-diff';

const one = (module: RecordModule) => (module === 'Contacts' ? 'contact' : 'account');
const Cap = (module: RecordModule) => (module === 'Contacts' ? 'Contact' : 'Account');
const fields = (n: number) => `${n} ${n === 1 ? 'field' : 'fields'}`;
const quote = (value: string) => `“${value}”`;

function describeTarget(module: RecordModule, target: AuditTarget): string {
  if (target.kind === 'new') return `a new ${one(module)} was created`;
  if (target.kind === 'none') return `no ${one(module)} (the lead has no company)`;
  const how =
    target.origin === 'searched'
      ? 'found by the rep with a search (Zoho did not suggest it)'
      : target.origin === 'suggested'
        ? 'suggested by Zoho and kept by the rep'
        : 'chosen by the rep among Zoho’s matches';
  const matched = target.matchedOn.length > 0 ? `; matched on ${target.matchedOn.map((m) => `${m.label} ${quote(m.value)}`).join(', ')}` : '';
  const follows = target.followsContact ? '; linked to the chosen contact' : '';
  return `added to the existing ${one(module)} ${quote(target.name)}, ${how}${matched}${follows}`;
}

const change = (row: MergeRow) =>
  row.recordValue === null ? `${row.label}: filled with ${quote(row.leadValue)}` : `${row.label}: ${quote(row.recordValue)} → ${quote(row.leadValue)}`;

export const enMerge = {
  /** The name of a field the merge writes (the widget's own, from the API name), in the rep's language. */
  fieldLabel: (_field: string, label: string) => label,
  tableTitle: 'Fields that differ from the lead',
  tableLabel: (module: RecordModule, name: string) => `${Cap(module)} ${name}: fields that differ from the lead`,
  followUpLabel: 'After the conversion',
  tableIntro: (module: RecordModule, name: string) =>
    `Choose, per field, which value the ${one(module)} ${name} keeps. By default it keeps its own values and only empty fields are filled from the lead.`,
  readingRecord: (module: RecordModule) => `Reading the ${one(module)}’s fields…`,
  readFailed: (module: RecordModule) => `The ${one(module)}’s fields could not be read, so they cannot be compared. It will be left as it is.`,
  noDifferences: (module: RecordModule) => `The ${one(module)} already has the lead’s values; nothing to merge.`,
  columnField: 'Field',
  columnLead: 'Lead',
  columnExisting: 'Existing',
  columnWinner: 'Value to keep',
  empty: '(empty)',
  keepExisting: 'Existing',
  useLead: 'Lead’s',
  leaveEmpty: 'Leave empty',
  fillFromLead: 'Fill',
  pickGroup: (field: string) => `Value for ${field}`,
  fillsEmptyTag: 'empty on the record',
  heldElsewhere: (module: RecordModule) => `Zoho found this value on another ${one(module)}, so it is not copied here unless you choose it.`,
  changeCount: (n: number) => (n === 0 ? 'No field will change.' : `${fields(n)} will be written after the conversion.`),

  searchLabel: (module: RecordModule) => `Search for another ${one(module)}`,
  searchHint: 'Email, phone, name or company; at least 2 characters.',
  searching: 'Searching…',
  searchFailed: (reason: string) => `The search did not work: ${reason}`,
  noResults: (module: RecordModule) => `No ${one(module)} found.`,
  resultsTitle: (n: number) => `${n} found`,
  whyItMightMatch: 'Why it might match:',
  noReason: 'Nothing in common with the lead: check before choosing.',
  reason: (reason: MatchReason) => {
    switch (reason.kind) {
      case 'same-email':
        return `same email (${reason.value})`;
      case 'same-phone':
        return `same phone digits as ${reason.value}`;
      case 'similar-name':
        return `similar name (${reason.value}, ${Math.round(reason.score * 100)}%)`;
      case 'same-company':
        return `same company (${reason.value})`;
    }
  },
  choose: (name: string) => `Choose ${name}`,
  chosen: 'Chosen',
  alreadyOffered: 'Already offered above',
  notSuggested: 'Zoho did not suggest this record; it may refuse it when you convert.',
  searchedBadge: 'Found by search',

  auditNoteLabel: 'Add a note to the contact about this conversion',
  auditNoteHint: 'Records what matched, what you chose and which fields were overwritten, so your team can see later why records were merged.',

  reviewChanges: (module: RecordModule, name: string, n: number) => `After converting, ${fields(n)} of the ${one(module)} ${name} will be updated:`,
  reviewChange: change,
  reviewNote: 'A note about this conversion will be added to the contact.',
  reviewNotReadYet: (module: RecordModule) => `The ${one(module)}’s fields are still being read; it will be left as it is.`,

  updating: (module: RecordModule, name: string, n: number) => `Updating ${fields(n)} on ${Cap(module)} ${name}…`,
  updated: (module: RecordModule, name: string, n: number) => `Updated ${fields(n)} on ${Cap(module)} ${name}.`,
  updateFailed: (module: RecordModule, name: string, n: number, reason: string) =>
    `The lead was converted. Updating ${fields(n)} on ${Cap(module)} ${name} failed: ${reason}`,
  /** Why an update failed when Zoho answers DUPLICATE_DATA: the value is held by another record (maybe one the rep cannot see). */
  updateDuplicate: (field: string) => `another record in Zoho CRM already has the same ${field}, a field that must be unique.`,
  retryUpdate: 'Retry the update',
  addingNote: 'Adding the note to the contact…',
  noteAdded: 'Added a note about this conversion to the contact.',
  noteFailed: (reason: string) => `The lead was converted, but the note could not be added: ${reason}`,
  noteWaits: 'The note will be added once the update has gone through.',
  retryNote: 'Retry the note',

  searchedRejected: (module: RecordModule, name: string) =>
    `Zoho refused to add the lead to the ${one(module)} ${name}, which you found by searching: Zoho only accepts records whose data fits the lead. That choice was reset; everything else you chose is kept.`,

  auditNote: (facts: AuditFacts): { title: string; content: string } => {
    const lines = [
      `Converted from the lead ${quote(facts.leadName)} with Lead Convert.`,
      `Contact: ${describeTarget('Contacts', facts.contact)}.`,
      `Account: ${describeTarget('Accounts', facts.account)}.`,
    ];
    for (const record of facts.records) {
      lines.push(
        record.changes.length === 0
          ? `${Cap(record.module)} ${quote(record.name)}: no field overwritten.`
          : `${Cap(record.module)} ${quote(record.name)}, fields taken from the lead: ${record.changes.map(change).join('; ')}.`,
      );
      if (record.kept.length > 0) {
        lines.push(`${Cap(record.module)} ${quote(record.name)} kept its own ${record.kept.map((row) => `${row.label} ${quote(row.recordValue ?? '')} (lead: ${quote(row.leadValue)})`).join('; ')}.`);
      }
    }
    return { title: `Lead conversion: ${facts.leadName}`, content: lines.join('\n') };
  },
};
export type MergeTexts = typeof enMerge;
