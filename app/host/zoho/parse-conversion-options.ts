import type {
  AccountCandidate,
  ContactCandidate,
  ConversionOptions,
  FieldMatch,
  ModuleRef,
} from '../../api/crm-host';
import { readApprovalState } from './approval-state';
import {
  asArray,
  asObject,
  readBoolean,
  readId,
  readNameId,
  readString,
  requireId,
  requireObject,
  type JsonObject,
} from './read-json';

/** GET /Leads/{id}/__conversion_options: 204 (empty body) means conversion is not possible here. */
export function parseConversionOptions(body: unknown): ConversionOptions {
  if (body === undefined) return { available: false };
  const options = requireObject(requireObject(body, 'conversion options').__conversion_options, 'conversion options');
  const matched = asObject(options.preference_field_matched_value);
  return {
    available: true,
    modulePreference: readModuleRef(options.module_preference),
    contacts: asArray(options.Contacts).map((item) => parseContact(requireObject(item, 'a contact candidate'))),
    accounts: asArray(options.Accounts).map((item) => parseAccount(requireObject(item, 'an account candidate'))),
    matchedOn: {
      contacts: asArray(matched?.Contacts).flatMap(readFieldMatch),
      accounts: asArray(matched?.Accounts).flatMap(readFieldMatch),
    },
    modulesWithMultipleLayouts: asArray(options.modules_with_multiple_layouts).flatMap((item) => {
      const ref = readModuleRef(item);
      return ref ? [ref] : [];
    }),
  };
}

export function parseContact(item: JsonObject): ContactCandidate {
  const account = readNameId(item.Account_Name);
  return {
    id: requireId(item.id, 'a contact candidate'),
    fullName: readString(item.Full_Name) ?? '',
    email: readString(item.Email),
    layout: readNameId(item.Layout),
    locked: readBoolean(item.Locked__s, false),
    account: account ? { ...account, locked: readBoolean(asObject(item.Account_Name)?.Locked__s, false) } : null,
    editable: readBoolean(item.$editable, true),
    approvalState: readApprovalState(item.$approval_state),
    // Zoho's own examples send the string "null" for "no basis".
    dataProcessingBasis: item.Data_Processing_Basis === 'null' ? null : readString(item.Data_Processing_Basis),
    fields: scalarFields(item),
  };
}

export function parseAccount(item: JsonObject): AccountCandidate {
  return {
    id: requireId(item.id, 'an account candidate'),
    name: readString(item.Account_Name) ?? '',
    phone: readString(item.Phone),
    website: readString(item.Website),
    accountType: readString(item.Account_Type),
    layout: readNameId(item.Layout),
    locked: readBoolean(item.Locked__s, false),
    editable: readBoolean(item.$editable, true),
    approvalState: readApprovalState(item.$approval_state),
    fields: scalarFields(item),
  };
}

function readModuleRef(value: unknown): ModuleRef | null {
  const object = asObject(value);
  const apiName = readString(object?.api_name);
  const id = readId(object?.id);
  return apiName && id ? { apiName, id } : null;
}

function readFieldMatch(value: unknown): FieldMatch[] {
  const object = asObject(value);
  const field = asObject(object?.field);
  const apiName = readString(field?.api_name);
  const matched = readString(object?.matched_lead_value);
  if (!field || !apiName || matched === null) return [];
  return [
    {
      apiName,
      fieldId: readId(field.id),
      label: readString(field.field_label),
      unique: typeof field.unique === 'boolean' ? field.unique : null,
      value: matched,
    },
  ];
}

function scalarFields(item: JsonObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) => value === null || typeof value !== 'object'),
  );
}
