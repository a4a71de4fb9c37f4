// The vocabulary of a single-lead conversion, shared by the pure domain functions and the screens.
// Types only: each function that works on them lives in its own file beside this one.
import type {
  ContactRole,
  ConversionOptions,
  Lead,
  LeadConverter,
  Org,
  Pipeline,
  RecordId,
  User,
} from '../api/crm-host';

export type TargetModule = 'Contacts' | 'Accounts' | 'Deals';

/** What the rep chose for the contact. */
export type ContactChoice = { kind: 'new' } | { kind: 'existing'; id: RecordId };
/** What the rep chose for the account; 'none' only exists when the lead has no Company. */
export type AccountChoice = { kind: 'new' } | { kind: 'existing'; id: RecordId } | { kind: 'none' };

/** How strongly Zoho's evidence points at one record (product brief: preselect only on strong evidence). */
export type MatchStrength = 'strong' | 'weak';

/** One matched field tied to a candidate: the candidate carries the lead's matched value in this field. */
export type CandidateFieldMatch = {
  /** API name of the candidate's field (e.g. Phone, Email, Account_Name). */
  apiName: string;
  /** Label for display (field_label from Zoho when sent, else a readable form of the API name). */
  label: string;
  /** The lead's value that matched, as Zoho reported it. */
  value: string;
  strength: MatchStrength;
};

export type MatchAttribution = {
  /** Per candidate id: the matched fields that candidate carries. */
  contacts: Record<RecordId, CandidateFieldMatch[]>;
  accounts: Record<RecordId, CandidateFieldMatch[]>;
  /** Matches Zoho reported that no returned candidate carries (e.g. a record the rep cannot see). */
  unattributed: { Contacts: CandidateFieldMatch[]; Accounts: CandidateFieldMatch[] };
  /** Lead fields (API names, e.g. Phone, Email, Company) whose value matched, for highlighting the lead summary. */
  leadFields: Record<string, { modules: ('Contacts' | 'Accounts')[]; value: string }>;
};

/** Why a candidate cannot be chosen (Zoho refuses to associate these). */
export type DisabledReason = 'locked' | 'not-editable' | 'not-approved' | 'account-locked';

export type DealValues = Record<string, string>;

/** Everything the rep chose; every field optional → the derived default applies. */
export type ConversionChoices = {
  contact?: ContactChoice | undefined;
  account?: AccountChoice | undefined;
  overwrite?: boolean | undefined;
  createDeal?: boolean | undefined;
  /** Raw input per Deals API name (Deal_Name, Closing_Date, Pipeline, Stage, Amount, Contact_Role, custom…). */
  deal?: DealValues | undefined;
  ownerId?: RecordId | undefined;
  notifyLeadOwner?: boolean | undefined;
  notifyNewOwner?: boolean | undefined;
  attachmentsTo?: TargetModule | undefined;
  /** Tag names per target module; undefined → all the lead's tags to every module that will exist. */
  carryOverTags?: Partial<Record<TargetModule, string[]>> | undefined;
};

/** A problem that blocks Convert, shown next to the control it concerns. */
export type ChoiceProblem =
  | { kind: 'choose-contact' }
  | { kind: 'choose-account' }
  | { kind: 'candidate-disabled'; module: 'Contacts' | 'Accounts'; id: RecordId; reason: DisabledReason }
  | { kind: 'candidate-unknown'; module: 'Contacts' | 'Accounts'; id: RecordId }
  | { kind: 'deal-field'; apiName: string; error: DealFieldError }
  | { kind: 'owner-unknown'; id: RecordId };

export type DealFieldError =
  | 'required'
  | 'not-a-date'
  | 'not-a-number'
  | 'negative'
  | 'too-long'
  | 'not-an-option'
  | 'stage-not-in-pipeline'
  | 'not-an-integer'
  | 'out-of-range';

/** A choice the rules changed or constrained, explained on screen. */
export type ResolutionNote =
  | { kind: 'account-follows-contact'; contactName: string; accountName: string }
  | { kind: 'no-account-without-company' }
  | { kind: 'overwrite-available'; contactAccountName: string; leadCompany: string };

/** The result of checking the rep's choices against the lead, the options and Zoho's rules. */
export type CheckedConversion =
  | { ok: true; converter: LeadConverter; notes: ResolutionNote[] }
  | { ok: false; problems: ChoiceProblem[]; notes: ResolutionNote[] };

export type DealInput =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'date'
  | 'currency'
  | 'number'
  | 'integer'
  | 'percent'
  | 'boolean'
  | 'picklist'
  | 'pipeline'
  | 'stage'
  | 'contact-role';

/** One field of the deal form: the standard ones plus every other required field of the Deals layout. */
export type DealFieldSpec = {
  apiName: string;
  label: string;
  input: DealInput;
  required: boolean;
  maxLength: number | null;
  decimalPlaces: number | null;
  /** Choices for picklist / pipeline / contact-role; for 'stage' the stages of the chosen pipeline are used. */
  options: { value: string; label: string }[];
};

export type DealSetup = {
  /** The Deals layout a conversion of this lead uses, when known. */
  layoutId: RecordId | null;
  fields: DealFieldSpec[];
  pipelines: Pipeline[];
  contactRoles: ContactRole[];
};

/** Everything the checks need, assembled by the screen from the queries. */
export type ConversionContext = {
  lead: Lead;
  options: AvailableConversionOptions;
  attribution: MatchAttribution;
  /** null while the deal metadata is loading or could not be read (the deal section says so). */
  dealSetup: DealSetup | null;
  /** Active users: candidates for the owner of the new records. */
  users: User[];
  org: Org | null;
};

export type AvailableConversionOptions = Extract<ConversionOptions, { available: true }>;
