import { CrmError } from '../../api/crm-error';
import type { Lead, Tag, UserRef } from '../../api/crm-host';
import { readApprovalState } from './approval-state';
import {
  asArray,
  asObject,
  malformed,
  readBoolean,
  readId,
  readNameId,
  readString,
  requireId,
  readListAnswer,
  type JsonObject,
} from './read-json';

/** GET /Leads/{id} → the single lead; GET /Leads?ids= → every lead (an empty list for 204). */
export function parseLeadResponse(body: unknown): Lead {
  if (body === undefined) {
    throw new CrmError({ kind: 'zoho', httpStatus: 204, message: 'Zoho has no lead with this id', mayHaveExecuted: false });
  }
  const [first] = parseLeadsResponse(body);
  if (!first) throw malformed('Zoho returned no lead');
  return first;
}

export function parseLeadsResponse(body: unknown): Lead[] {
  return readListAnswer(body, 'data', { list: 'a data list of leads', item: 'a lead record' }).map(parseLead);
}

export function parseLead(record: JsonObject): Lead {
  const firstName = readString(record.First_Name);
  const lastName = readString(record.Last_Name);
  return {
    id: requireId(record.id, 'a lead'),
    firstName,
    lastName,
    fullName: readString(record.Full_Name) ?? [firstName, lastName].filter(Boolean).join(' '),
    company: readString(record.Company),
    email: readString(record.Email),
    phone: readString(record.Phone),
    mobile: readString(record.Mobile),
    owner: readUser(record.Owner),
    layout: readNameId(record.Layout),
    tags: asArray(record.Tag).flatMap(readTag),
    converted: record.$converted === true,
    convertedDetail: readConvertedDetail(record.$converted_detail),
    approvalState: readApprovalState(record.$approval_state),
    locked: readBoolean(record.Locked__s, false),
    inMerge: readBoolean(record.$in_merge, false),
    editable: readBoolean(record.$editable, true),
    fields: { ...record },
  };
}

function readUser(value: unknown): UserRef | null {
  const user = readNameId(value);
  if (!user) return null;
  return { ...user, email: readString(asObject(value)?.email) };
}

function readTag(value: unknown): Tag[] {
  const tag = readNameId(value);
  return tag ? [{ ...tag, colorCode: readString(asObject(value)?.color_code) }] : [];
}

// Key names of $converted_detail are unverified (only third-party code reads account/contact/deal).
function readConvertedDetail(value: unknown): Lead['convertedDetail'] {
  const detail = asObject(value);
  if (!detail) return null;
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const id = readId(detail[key]) ?? readNameId(detail[key])?.id;
      if (id) return id;
    }
    return null;
  };
  const result = {
    contactId: pick('contact', 'Contacts'),
    accountId: pick('account', 'Accounts'),
    dealId: pick('deal', 'Deals'),
  };
  return result.contactId || result.accountId || result.dealId ? result : null;
}
