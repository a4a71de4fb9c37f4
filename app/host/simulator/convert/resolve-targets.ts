// The "ids" step of §3.8 for a single convert: chosen records and assignee exist, may be used, and fit the lead.
import type { SimRecord } from '../simulated-crm-types';
import type { ZohoError } from '../http/responses';
import { findMatches } from '../matching/find-matches';
import { resemblesLead } from '../matching/resembles-lead';
import { findById, isVisible, text } from '../org/org-store';
import type { OrgState, TargetModule } from '../org/org-types';
import { existing } from './find-duplicates';
import { invalidValue } from './json-checks';
import type { ConverterInput } from './parse-converter';
import { isActiveUser } from './user-hierarchy';

export type Targets = {
  contact: SimRecord | undefined;
  /** The existing account: given, or brought along by the chosen contact. */
  account: SimRecord | undefined;
  createAccount: boolean;
  attachmentsTo: TargetModule;
};

const P = '$.data[0]';
const TARGETS: TargetModule[] = ['Contacts', 'Accounts', 'Deals'];

export function resolveTargets(org: OrgState, lead: SimRecord, input: ConverterInput): { targets: Targets; error?: undefined } | { error: ZohoError } {
  if (input.assignToId !== undefined && !isActiveUser(org, input.assignToId)) return { error: invalidValue('assign_to', `${P}.assign_to.id`) };
  const contact = visible(existing(org, 'Contacts', input.contactId));
  if (input.contactId !== undefined && !contact) return { error: invalidValue('Contacts', `${P}.Contacts.id`) };
  const given = visible(existing(org, 'Accounts', input.accountId));
  if (input.accountId !== undefined && !given) return { error: invalidValue('Accounts', `${P}.Accounts.id`) };
  const contactProblem = contact && unusable(contact, 'Contacts');
  if (contactProblem) return { error: contactProblem };
  const linkedId = (contact?.Account_Name as { id?: string } | null | undefined)?.id;
  const brought = linkedId ? findById(org.accounts, linkedId) : undefined;
  // Kaizen 137: "the Contact should be associated with the specified Account. If not, you will get an INVALID_DATA error."
  if (given && brought && given.id !== brought.id) {
    return { error: invalidValue('Accounts', `${P}.Accounts.id`, 'give account id is mismatched with the data') };
  }
  const account = given ?? brought;
  const accountProblem = account && unusable(account, 'Accounts');
  if (accountProblem) return { error: accountProblem };
  // Kaizen 137 "Points to Note": a record the options did not offer, whose data does not match, is INVALID_DATA.
  const matches = findMatches(org, lead);
  if (contact && !matches.Contacts.records.some((r) => r.id === contact.id) && !resemblesLead(contact, lead, 'Contacts')) {
    return { error: invalidValue('Contacts', `${P}.Contacts.id`, 'give contact id is mismatched with the data') };
  }
  if (given && given.id !== brought?.id && !matches.Accounts.records.some((r) => r.id === given.id) && !resemblesLead(given, lead, 'Accounts')) {
    return { error: invalidValue('Accounts', `${P}.Accounts.id`, 'give account id is mismatched with the data') };
  }
  const createAccount = !account && text(lead, 'Company') !== null;
  const attachmentsTo = (input.moveAttachments?.api_name ?? 'Contacts') as TargetModule;
  const move = input.moveAttachments;
  if (move && !TARGETS.includes(attachmentsTo)) return { error: invalidValue('api_name', `${P}.move_attachments_to.api_name`) };
  if (move?.id !== undefined && move.id !== org.moduleIds[attachmentsTo]) return { error: invalidValue('id', `${P}.move_attachments_to.id`) };
  const targetExists = attachmentsTo === 'Contacts' || (attachmentsTo === 'Accounts' ? account !== undefined || createAccount : input.deals !== undefined);
  if (!targetExists) return { error: invalidValue('move_attachments_to', `${P}.move_attachments_to`) };
  return { targets: { contact, account, createAccount, attachmentsTo } };
}

function visible(record: SimRecord | undefined): SimRecord | undefined {
  return record && isVisible(record) ? record : undefined;
}

// Kaizen 137: "Associating Leads with locked Contacts or Accounts is not possible." Wording [INFERRED].
function unusable(record: SimRecord, module: 'Contacts' | 'Accounts'): ZohoError | null {
  const path = `${P}.${module}.id`;
  if (record.Locked__s === true) return invalidValue(module, path, 'the related record is locked');
  if (record.$editable === false) return invalidValue(module, path, 'permission denied to update the related record');
  if ((record.$approval_state ?? 'approved') !== 'approved') return invalidValue(module, path, 'the related record is not approved');
  return null;
}
