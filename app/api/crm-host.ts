// The port: everything the widget asks of Zoho CRM, in the widget's own typed terms.
// Implemented by app/host/zoho (production, over the SDK) and exercised against the simulated CRM.
// Every method either resolves with a typed value or rejects with a CrmError (app/api/crm-error.ts).

/** Zoho record/user/layout ids: 64-bit integers serialised as digit strings; never numbers (> 2^53). */
export type RecordId = string;

export type NameId = { id: RecordId; name: string };
export type ModuleName = 'Leads' | 'Contacts' | 'Accounts' | 'Deals';
export type ModuleRef = { apiName: string; id: RecordId };

export type ApprovalState =
  | 'approved'
  | 'pending'
  | 'rejected'
  | 'approval_process_pending'
  | 'approval_process_rejected';

export type Tag = { id: RecordId; name: string; colorCode: string | null };
export type UserRef = { id: RecordId; name: string; email: string | null };

export type Lead = {
  id: RecordId;
  firstName: string | null;
  lastName: string | null;
  fullName: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  owner: UserRef | null;
  layout: NameId | null;
  tags: Tag[];
  converted: boolean;
  /** Ids of the records a converted lead became, when Zoho tells us ($converted_detail; keys unverified). */
  convertedDetail: { contactId: RecordId | null; accountId: RecordId | null; dealId: RecordId | null } | null;
  /** 'approved' when Zoho sends no $approval_state. */
  approvalState: ApprovalState;
  /** Locked__s (record locking) or $in_merge (merge in progress): Zoho refuses to convert either. */
  locked: boolean;
  inMerge: boolean;
  editable: boolean;
  /** Every field as Zoho returned it (API names as keys), for display and match attribution. */
  fields: Record<string, unknown>;
};

export type FieldMatch = {
  apiName: string;
  fieldId: RecordId | null;
  label: string | null;
  /** Only v8 sends this; null when unknown. */
  unique: boolean | null;
  /** The lead's value that matched. */
  value: string;
};

export type ContactCandidate = {
  id: RecordId;
  fullName: string;
  email: string | null;
  layout: NameId | null;
  locked: boolean;
  account: (NameId & { locked: boolean }) | null;
  editable: boolean;
  approvalState: ApprovalState;
  dataProcessingBasis: string | null;
  /** All scalar fields Zoho returned for this candidate (e.g. Phone in the Kaizen sample). */
  fields: Record<string, unknown>;
};

export type AccountCandidate = {
  id: RecordId;
  name: string;
  phone: string | null;
  website: string | null;
  accountType: string | null;
  layout: NameId | null;
  locked: boolean;
  editable: boolean;
  approvalState: ApprovalState;
  fields: Record<string, unknown>;
};

export type ConversionOptions =
  | {
      available: true;
      modulePreference: ModuleRef | null;
      contacts: ContactCandidate[];
      accounts: AccountCandidate[];
      /** preference_field_matched_value: which lead fields matched, per module (not tied to a record). */
      matchedOn: { contacts: FieldMatch[]; accounts: FieldMatch[] };
      modulesWithMultipleLayouts: ModuleRef[];
    }
  /**
   * The Contacts module is unavailable (removed from "Organize modules"): conversion is not possible here.
   * Zoho's 204 is ambiguous (also "no matches" in orgs without extra layouts); implementations resolve it.
   */
  | { available: false };

/** The body item of POST /Leads/{id}/actions/convert (v7 shape), as the widget builds it. */
export type LeadConverter = {
  overwrite?: boolean;
  notify_lead_owner?: boolean;
  notify_new_entity_owner?: boolean;
  move_attachments_to?: { api_name: 'Contacts' | 'Accounts' | 'Deals'; id?: RecordId };
  Accounts?: { id: RecordId };
  Contacts?: { id: RecordId };
  assign_to?: { id: RecordId };
  Deals?: {
    Deal_Name: string;
    Closing_Date: string;
    Stage: string;
    Pipeline?: string;
    Amount?: number;
    Contact_Role?: RecordId;
    [field: string]: unknown;
  };
  carry_over_tags?: { Contacts?: string[]; Accounts?: string[]; Deals?: string[] };
};

export type ConvertResult =
  | { kind: 'converted'; contact: NameId; account: NameId | null; deal: NameId | null }
  /** 202 SCHEDULED (v8 OAS only): Zoho will finish later; no documented way to poll it. */
  | { kind: 'scheduled'; jobId: RecordId };

/** Body of POST /Leads/actions/mass_convert (a bare object, at most 50 ids). */
export type MassConvertRequest = {
  ids: RecordId[];
  Deals?: Record<string, unknown>;
  assign_to?: { id: RecordId };
  carry_over_tags?: { api_name: string; id: RecordId }[];
  related_modules?: { api_name: string; id: RecordId }[];
  move_attachments_to?: { api_name: string; id: RecordId };
  apply_assignment_threshold?: boolean;
};

export type MassConvertJobState = 'scheduled' | 'in progress' | 'completed' | 'failed' | 'unknown';
export type MassConvertStatus = {
  state: MassConvertJobState;
  /** Status exactly as Zoho spelled it (casing varies across Zoho's own examples). */
  rawState: string;
  total: number;
  converted: number;
  notConverted: number;
  failed: number;
};

export type PickListValue = { displayValue: string; actualValue: string };

export type LayoutField = {
  apiName: string;
  label: string;
  dataType: string;
  required: boolean;
  readOnly: boolean;
  length: number | null;
  decimalPlace: number | null;
  pickListValues: PickListValue[];
};

export type ConvertMappingTarget = NameId & {
  /** Only for Deals: the fields of the Deals layout used on conversion, with their required flags. */
  fields: { id: RecordId | null; apiName: string; label: string; required: boolean }[];
};

export type Layout = {
  id: RecordId;
  name: string;
  status: string | null;
  /** On Leads layouts: which Contacts/Accounts/Deals layout a conversion uses. */
  convertMapping: {
    Contacts: ConvertMappingTarget | null;
    Accounts: ConvertMappingTarget | null;
    Deals: ConvertMappingTarget | null;
  } | null;
  /** Fields of all sections, flattened, in layout order. */
  fields: LayoutField[];
};

export type Stage = {
  id: RecordId;
  displayValue: string;
  actualValue: string;
  sequence: number;
  forecastType: string | null;
};

export type Pipeline = {
  id: RecordId;
  displayValue: string;
  actualValue: string;
  isDefault: boolean;
  stages: Stage[];
};

export type ContactRole = { id: RecordId; name: string; sequence: number };

export type User = {
  id: RecordId;
  fullName: string;
  email: string | null;
  status: string | null;
  confirmed: boolean;
  role: NameId | null;
  profile: NameId | null;
  locale: string | null;
  timeZone: string | null;
};

export type Org = {
  id: RecordId | null;
  companyName: string | null;
  currencyName: string | null;
  currencySymbol: string | null;
  isoCode: string | null;
  currencyLocale: string | null;
  multiCurrency: boolean;
  timeZone: string | null;
  countryCode: string | null;
};

/** A module of the org (GET /settings/modules): its id is what mass convert's module references need. */
export type ModuleInfo = {
  apiName: string;
  id: RecordId;
  singularLabel: string;
  pluralLabel: string;
  /** False when an admin removed it from "Organize modules" (Zoho then refuses to convert into it). */
  visible: boolean;
  apiSupported: boolean;
};

export type CallOptions = { signal?: AbortSignal | undefined };

/** The record modules a lead can be merged into (read, searched, updated, annotated). */
export type RecordModule = 'Contacts' | 'Accounts';
/** A Contacts or Accounts record in the same shape as a conversion candidate, so the widget handles both alike. */
export type RecordOf = { Contacts: ContactCandidate; Accounts: AccountCandidate };
/** GET /{module}/search: exactly one of Zoho's search parameters (email, phone or word). */
export type RecordSearch = { by: 'email' | 'phone' | 'word'; value: string };
/** Field values to write, by API name (scalars only: the merge never writes lookups). */
export type RecordUpdate = Record<string, string | number | boolean | null>;
export type NoteInput = { title: string; content: string };

export type CrmHost = {
  getLead(leadId: RecordId, options?: CallOptions): Promise<Lead>;
  /** At most 100 ids per call; the caller batches. Ids Zoho does not return are simply absent. */
  getLeads(leadIds: RecordId[], options?: CallOptions): Promise<Lead[]>;
  getConversionOptions(leadId: RecordId, options?: CallOptions): Promise<ConversionOptions>;
  convertLead(leadId: RecordId, converter: LeadConverter): Promise<ConvertResult>;
  massConvert(request: MassConvertRequest): Promise<{ jobId: RecordId }>;
  getMassConvertStatus(jobId: RecordId, options?: CallOptions): Promise<MassConvertStatus>;
  getLayouts(module: 'Leads' | 'Deals', options?: CallOptions): Promise<Layout[]>;
  getLayout(module: 'Leads' | 'Deals', layoutId: RecordId, options?: CallOptions): Promise<Layout>;
  /** Pipelines of a Deals layout; [] when the layout has none (Zoho answers 204). */
  getPipelines(dealsLayoutId: RecordId, options?: CallOptions): Promise<Pipeline[]>;
  /** [] when the org has none (204). */
  getContactRoles(options?: CallOptions): Promise<ContactRole[]>;
  getActiveUsers(options?: CallOptions): Promise<User[]>;
  getCurrentUser(options?: CallOptions): Promise<User>;
  getOrg(options?: CallOptions): Promise<Org>;
  getModules(options?: CallOptions): Promise<ModuleInfo[]>;
  /** GET /{module}/{id}: one contact or account with all its fields. */
  getRecord<M extends RecordModule>(module: M, id: RecordId, options?: CallOptions): Promise<RecordOf[M]>;
  /** GET /{module}/search: [] when Zoho finds nothing (204). */
  searchRecords<M extends RecordModule>(module: M, search: RecordSearch, options?: CallOptions): Promise<RecordOf[M][]>;
  /** PUT /{module}/{id}: writes exactly the given fields. */
  updateRecord(module: RecordModule, id: RecordId, fields: RecordUpdate): Promise<{ id: RecordId }>;
  /** POST /{module}/{id}/Notes: one note on the record. */
  addNote(target: { module: RecordModule; id: RecordId }, note: NoteInput): Promise<{ id: RecordId }>;
  openRecord(target: { module: ModuleName; id: RecordId; newTab?: boolean }): Promise<void>;
  closePopup(options: { reload: boolean }): Promise<void>;
  resize(size: { width?: number; height: number }): Promise<void>;
};

/** Where the widget was opened, from the SDK's PageLoad event, normalised. */
export type PageContext = {
  entity: string | null;
  /** Always a list of digit strings (PageLoad sends an array for buttons, a string for related lists). */
  recordIds: RecordId[];
  buttonPosition: string | null;
};
