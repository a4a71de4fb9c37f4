// The side effects of a conversion (§3.7), shared by single and mass convert. Ids are drawn in creation
// order account → contact → deal, which is what the Kaizen 137 Case II sample shows (…056 account, …059 contact).
import type { SimRecord } from '../simulated-crm-types';
import type { IdGenerator } from '../org/id-generator';
import { mapLeadFields } from '../org/field-mapping';
import { fullName } from '../org/record-builders';
import { text } from '../org/org-store';
import type { JsonObject, OrgState, TargetModule } from '../org/org-types';
import { targetLayout } from './deal-layout';
import { withoutClashes } from './find-duplicates';

export type ConversionPlan = {
  lead: SimRecord;
  contact: SimRecord | undefined;
  account: SimRecord | undefined;
  createAccount: boolean;
  deal: JsonObject | undefined;
  owner: { name: unknown; id: string; email: unknown };
  overwrite: boolean;
  /** Tag names per module; only tags the lead carries are copied (unknown names are ignored [INFERRED]). */
  tags: Partial<Record<TargetModule, string[]>>;
  attachmentsTo: TargetModule;
};

export type NameId = { name: string; id: string };
export type ConversionResult = { Contacts: NameId; Deals: NameId | null; Accounts: NameId | null };

const NEW_RECORD_STATE = { Tag: [], Locked__s: false, $editable: true, $approval_state: 'approved', Attachments: [] };

export function applyConversion(org: OrgState, ids: IdGenerator, plan: ConversionPlan): ConversionResult {
  const { lead, owner } = plan;
  const company = text(lead, 'Company');
  let account = plan.account;
  if (account && plan.overwrite && company !== null) {
    // overwrite: the (given or contact-linked) account takes the lead's Company as its name (D7-convert, Kaizen 137).
    account.Account_Name = company;
  } else if (!account && plan.createAccount) {
    account = { id: ids.next(), ...mapLeadFields('Accounts', lead), Owner: owner, Layout: targetLayout(org, lead, 'Accounts'), Account_Type: null, ...clone(NEW_RECORD_STATE) };
    org.accounts.push(account);
  }
  const accountRef = account ? { name: String(account.Account_Name), id: account.id } : null;
  let contact = plan.contact;
  if (contact) {
    // overwrite also copies the lead's mapped values onto the existing contact, keeping unique values unique [INFERRED].
    if (plan.overwrite) Object.assign(contact, withoutClashes(org, 'Contacts', mapLeadFields('Contacts', lead), contact.id));
    contact.Full_Name = fullName(contact.First_Name, contact.Last_Name) || contact.Full_Name;
    if (accountRef) contact.Account_Name = accountRef;
  } else {
    const values = mapLeadFields('Contacts', lead);
    contact = {
      id: ids.next(),
      ...values,
      Full_Name: fullName(values.First_Name, values.Last_Name),
      Account_Name: accountRef,
      Owner: owner,
      Layout: targetLayout(org, lead, 'Contacts'),
      Data_Processing_Basis: 'null',
      ...clone(NEW_RECORD_STATE),
    };
    org.contacts.push(contact);
  }
  const contactRef = { name: String(contact.Full_Name), id: contact.id };
  const deal = plan.deal ? createDeal(org, ids, plan, plan.deal, contactRef, accountRef) : undefined;
  const records: Partial<Record<TargetModule, SimRecord>> = { Contacts: contact, Accounts: account, Deals: deal };
  carryOverTags(lead, records, plan.tags);
  moveAttachments(lead, records[plan.attachmentsTo]);
  const dealRef = deal ? { name: String(deal.Deal_Name), id: deal.id } : null;
  lead.$converted = true;
  lead.$converted_detail = { contact: contact.id, account: account?.id ?? null, deal: deal?.id ?? null };
  return { Contacts: contactRef, Deals: dealRef, Accounts: accountRef };
}

function createDeal(org: OrgState, ids: IdGenerator, plan: ConversionPlan, input: JsonObject, contact: NameId, account: NameId | null): SimRecord {
  const { Contact_Role: roleId, ...fields } = input;
  const role = org.contactRoles.find((r) => r.id === roleId);
  const deal: SimRecord = {
    id: ids.next(),
    ...mapLeadFields('Deals', plan.lead),
    ...fields,
    Contact_Name: contact,
    Account_Name: account,
    Contact_Role: role ? { name: role.name, id: role.id } : null,
    Owner: plan.owner,
    Layout: targetLayout(org, plan.lead, 'Deals'),
    Tag: [],
    Attachments: [],
  };
  org.deals.push(deal);
  return deal;
}

function carryOverTags(lead: SimRecord, records: Partial<Record<TargetModule, SimRecord>>, tags: ConversionPlan['tags']): void {
  const leadTags = (lead.Tag as { name: string }[] | undefined) ?? [];
  for (const [module, names] of Object.entries(tags) as [TargetModule, string[]][]) {
    const record = records[module];
    if (!record) continue;
    const current = (record.Tag as { name: string }[] | undefined) ?? [];
    const wanted = leadTags.filter((tag) => names.some((n) => n.toLowerCase() === tag.name.toLowerCase()));
    record.Tag = [...current, ...clone(wanted.filter((tag) => !current.some((c) => c.name === tag.name)))];
  }
}

function moveAttachments(lead: SimRecord, target: SimRecord | undefined): void {
  const attachments = (lead.Attachments as unknown[] | undefined) ?? [];
  if (!target || attachments.length === 0) return;
  target.Attachments = [...((target.Attachments as unknown[] | undefined) ?? []), ...attachments];
  lead.Attachments = [];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
