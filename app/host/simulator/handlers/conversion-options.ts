// GET /crm/v7/Leads/{id}/__conversion_options (§2)
import type { SimResponse } from '../sim-http';
import type { SimRecord } from '../simulated-crm-types';
import { leadStateError, lookUpLead } from '../convert/lead-state';
import { json, noContent } from '../http/responses';
import { findMatches, modulePreference, type FieldMatchEntry, type LeadMatches } from '../matching/find-matches';
import { findById } from '../org/org-store';
import type { OrgState, TargetModule } from '../org/org-types';
import type { HandlerContext } from './handler-context';

export function conversionOptions(ctx: HandlerContext): SimResponse {
  const found = lookUpLead(ctx.org, ctx.id, 'the given id seems to be invalid');
  if (found.error) return found.error;
  const refused = leadStateError(found.lead, 'options');
  if (refused) return refused;
  // Kaizen 137: without the Contacts module conversion is not allowed and the API answers 204.
  if (!ctx.org.flags.contactsModuleAvailable) return noContent();
  const body = buildOptions(ctx.org, findMatches(ctx.org, found.lead));
  return body ? json(200, { __conversion_options: body }) : noContent();
}

export function buildOptions(org: OrgState, matches: LeadMatches): Record<string, unknown> | null {
  const multipleLayouts = modulesWithMultipleLayouts(org);
  const hasMatches = matches.Contacts.fieldMatches.length > 0 || matches.Accounts.fieldMatches.length > 0;
  if (!hasMatches && multipleLayouts === null) return null;
  const preferred = modulePreference(matches);
  const fieldMatches = (entries: FieldMatchEntry[]) =>
    entries.length === 0 ? null : entries.map((e) => ({ field: e.field, matched_lead_value: e.matched_lead_value }));
  return {
    module_preference: preferred ? { api_name: preferred, id: org.moduleIds[preferred] } : null,
    Contacts: orNull(matches.Contacts.records.map((c) => contactMatch(org, c))),
    preference_field_matched_value: hasMatches
      ? { Contacts: fieldMatches(matches.Contacts.fieldMatches), Accounts: fieldMatches(matches.Accounts.fieldMatches) }
      : null,
    Accounts: orNull(matches.Accounts.records.map(accountMatch)),
    modules_with_multiple_layouts: multipleLayouts,
  };
}

// Only the documented subset per match (the Kaizen 137 sample's keys, in its order).
function contactMatch(org: OrgState, contact: SimRecord): Record<string, unknown> {
  const link = contact.Account_Name as { id?: string; name?: string } | null | undefined;
  const account = link?.id ? findById(org.accounts, link.id) : undefined;
  return {
    Full_Name: contact.Full_Name ?? null,
    Email: contact.Email ?? null,
    Phone: contact.Phone ?? null,
    Locked__s: contact.Locked__s === true,
    Account_Name: link?.id ? { name: account?.Account_Name ?? link.name ?? null, Locked__s: account?.Locked__s === true, id: link.id } : null,
    $editable: contact.$editable !== false,
    id: contact.id,
    $approval_state: contact.$approval_state ?? 'approved',
    Data_Processing_Basis: contact.Data_Processing_Basis ?? null,
  };
}

function accountMatch(account: SimRecord): Record<string, unknown> {
  return {
    Layout: account.Layout ?? null,
    Phone: account.Phone ?? null,
    Account_Type: account.Account_Type ?? null,
    Locked__s: account.Locked__s === true,
    Website: account.Website ?? null,
    Account_Name: account.Account_Name ?? null,
    $editable: account.$editable !== false,
    id: account.id,
    $approval_state: account.$approval_state ?? 'approved',
  };
}

// v8 examples list target modules with >1 layout even without matches [INFERRED, §2.2].
function modulesWithMultipleLayouts(org: OrgState): { api_name: TargetModule; id: string }[] | null {
  const modules = (['Contacts', 'Accounts', 'Deals'] as const).filter((m) => (org.layouts[m]?.length ?? 0) > 1);
  return modules.length === 0 ? null : modules.map((m) => ({ api_name: m, id: org.moduleIds[m] }));
}

function orNull<T>(items: T[]): T[] | null {
  return items.length === 0 ? null : items;
}
