import type { AccountCandidate, ContactCandidate, FieldMatch, Lead, RecordId } from '../api/crm-host';
import type { AvailableConversionOptions, CandidateFieldMatch, MatchAttribution, MatchStrength } from './conversion-model';
import { fieldLabel, normalizeText, valuesMatch } from './match-values';

type MatchModule = 'Contacts' | 'Accounts';

const NAME_FIELDS = new Set(['Full_Name', 'First_Name', 'Last_Name']);
/** The fallbacks of §2.5 (Email, Account_Name ↔ Company, names); every other matched field is a unique field. */
const FALLBACK_FIELDS = new Set(['Email', 'Account_Name', ...NAME_FIELDS]);

/**
 * Ties each preference_field_matched_value entry to the candidates carrying that value (product brief step 3).
 * Zoho reports matches per module, not per record, so the widget works out which card they belong to.
 */
export function attributeMatches(_lead: Lead, options: AvailableConversionOptions): MatchAttribution {
  const attribution: MatchAttribution = {
    contacts: {},
    accounts: {},
    unattributed: { Contacts: [], Accounts: [] },
    leadFields: {},
  };
  attribute('Contacts', options.matchedOn.contacts, options.contacts, attribution);
  attribute('Accounts', options.matchedOn.accounts, options.accounts, attribution);
  return attribution;
}

function attribute(
  module: MatchModule,
  matches: FieldMatch[],
  candidates: (ContactCandidate | AccountCandidate)[],
  attribution: MatchAttribution,
): void {
  const perCandidate = module === 'Contacts' ? attribution.contacts : attribution.accounts;
  for (const match of matches) {
    const entry: CandidateFieldMatch = {
      apiName: match.apiName,
      label: fieldLabel(match.apiName, match.label),
      value: match.value,
      strength: matchStrength(match),
    };
    const carriers = candidates.filter((candidate) => carries(candidate, match));
    for (const candidate of carriers) addOnce(perCandidate, candidate.id, entry);
    if (carriers.length === 0 && !attribution.unattributed[module].some((m) => sameMatch(m, entry))) {
      attribution.unattributed[module].push(entry);
    }
    noteLeadField(attribution, module, match);
  }
}

/**
 * 'strong' for Email or a unique field, 'weak' for the name/company fallbacks.
 * v7 sends no `unique` flag: §2.5 matching only ever uses unique fields, Email, Account_Name and names, so any
 * other matched field must be a unique one.
 */
export function matchStrength(match: Pick<FieldMatch, 'apiName' | 'unique'>): MatchStrength {
  if (match.apiName === 'Email' || match.unique === true) return 'strong';
  if (match.unique === false) return 'weak';
  return FALLBACK_FIELDS.has(match.apiName) ? 'weak' : 'strong';
}

function carries(candidate: ContactCandidate | AccountCandidate, match: FieldMatch): boolean {
  return candidateValues(candidate, match.apiName).some((value) => valuesMatch(match.apiName, value, match.value)) ||
    (NAME_FIELDS.has(match.apiName) && 'fullName' in candidate && namePartMatches(candidate.fullName, match));
}

function candidateValues(candidate: ContactCandidate | AccountCandidate, apiName: string): unknown[] {
  const fromFields = candidate.fields[apiName];
  if ('fullName' in candidate) {
    if (apiName === 'Email') return [candidate.email, fromFields];
    if (apiName === 'Full_Name') return [candidate.fullName, fromFields];
    return [fromFields];
  }
  if (apiName === 'Account_Name') return [candidate.name, fromFields];
  if (apiName === 'Phone') return [candidate.phone, fromFields];
  if (apiName === 'Website') return [candidate.website, fromFields];
  return [fromFields];
}

// Options return only Full_Name for contacts, so a First_Name/Last_Name match is checked against its parts [INFERRED].
function namePartMatches(fullName: string, match: FieldMatch): boolean {
  const parts = normalizeText(fullName).split(' ');
  const value = normalizeText(match.value);
  if (match.apiName === 'First_Name') return parts[0] === value;
  if (match.apiName === 'Last_Name') return parts.length > 0 && parts[parts.length - 1] === value;
  return false;
}

function addOnce(map: Record<RecordId, CandidateFieldMatch[]>, id: RecordId, entry: CandidateFieldMatch): void {
  const list = map[id] ?? [];
  if (!list.some((existing) => sameMatch(existing, entry))) list.push(entry);
  map[id] = list;
}

function sameMatch(a: CandidateFieldMatch, b: CandidateFieldMatch): boolean {
  return a.apiName === b.apiName && a.value === b.value;
}

/** The lead field whose value Zoho compared: Company for Account_Name (§2.5), Full_Name for any name field. */
export function leadFieldFor(apiName: string): string {
  if (apiName === 'Account_Name') return 'Company';
  if (NAME_FIELDS.has(apiName)) return 'Full_Name';
  return apiName;
}

function noteLeadField(attribution: MatchAttribution, module: MatchModule, match: FieldMatch): void {
  const key = leadFieldFor(match.apiName);
  const existing = attribution.leadFields[key];
  if (!existing) attribution.leadFields[key] = { modules: [module], value: match.value };
  else if (!existing.modules.includes(module)) existing.modules.push(module);
}
