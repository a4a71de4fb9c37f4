// The shape of one simulated Zoho org: records keyed by Zoho API names plus the metadata conversion needs.
import type { SimRecord } from '../simulated-crm-types';

export type JsonObject = Record<string, unknown>;

export type TargetModule = 'Contacts' | 'Accounts' | 'Deals';
export type ModuleApiName = 'Leads' | TargetModule;

export type FieldDef = {
  api_name: string;
  id: string;
  field_label: string;
  /** 'phone' fields are matched on digits only. */
  data_type: string;
  unique?: boolean | undefined;
};

export type RoleSeed = { id: string; name: string; reporting_to: string | null };

/** Org-wide switches a scenario (or a test) flips to reach documented branches. */
export type OrgFlags = {
  /** false = Contacts removed from "Organize modules": options answer 204, convert is refused. */
  contactsModuleAvailable: boolean;
  /** false = Accounts removed: options skip Accounts matching. */
  accountsModuleAvailable: boolean;
  /** The current user's profile may convert leads (else 403 NO_PERMISSION). */
  convertPermission: boolean;
  massConvertPermission: boolean;
  /** The token lacks the scope: every call answers 401 OAUTH_SCOPE_MISMATCH. */
  oauthScopeMismatch: boolean;
  /** The user may not create records: convert answers AUTHORIZATION_FAILED. */
  authorizationFailed: boolean;
  /** Single convert answers 202 SCHEDULED (v8 OAS) after applying the conversion. */
  scheduleSingleConvert: boolean;
  /** Every mass-convert job ends 'failed' without converting anything. */
  failMassConvertJobs: boolean;
};

export type OrgSeed = {
  moduleIds: Record<ModuleApiName, string>;
  /** Field definitions used for matching and uniqueness (ids appear in preference_field_matched_value). */
  fields: Record<'Contacts' | 'Accounts', FieldDef[]>;
  /** Raw Zoho layout JSON per module (as GET /settings/layouts answers it). */
  layouts: Record<ModuleApiName, JsonObject[]>;
  /** Pipelines per Deals layout id, raw Zoho JSON. */
  pipelines: Record<string, JsonObject[]>;
  contactRoles: JsonObject[];
  org: JsonObject;
  roles: RoleSeed[];
  currentUserId: string;
  users: SimRecord[];
  leads: SimRecord[];
  contacts: SimRecord[];
  accounts: SimRecord[];
  deals: SimRecord[];
  /** Notes on records; seeds usually start without any. */
  notes?: SimRecord[] | undefined;
  flags?: Partial<OrgFlags> | undefined;
};

export type OrgState = Omit<OrgSeed, 'flags' | 'notes'> & { flags: OrgFlags; notes: SimRecord[] };

export const DEFAULT_FLAGS: OrgFlags = {
  contactsModuleAvailable: true,
  accountsModuleAvailable: true,
  convertPermission: true,
  massConvertPermission: true,
  oauthScopeMismatch: false,
  authorizationFailed: false,
  scheduleSingleConvert: false,
  failMassConvertJobs: false,
};
