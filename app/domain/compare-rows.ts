import type { AccountCandidate, ContactCandidate, Lead } from '../api/crm-host';
import { leadFieldFor } from './attribute-matches';
import type { MatchAttribution } from './conversion-model';
import { displayValue, fieldLabel, valuesMatch } from './match-values';

export type CompareRow = {
  apiName: string;
  label: string;
  leadValue: string | null;
  candidateValue: string | null;
  same: boolean;
  matched: boolean;
};

const LEADING = ['Full_Name', 'Account_Name', 'Email', 'Phone', 'Mobile', 'Website', 'Account_Type'];
// Record state Zoho sends with each candidate; shown elsewhere (disabled reason), not compared.
const STATE_FIELDS = new Set(['id', 'Layout', 'Locked__s', 'Data_Processing_Basis']);

/** Lead beside candidate for the fields Zoho returned for the candidate (a fixed subset, §2.2). */
export function compareRows(
  lead: Lead,
  candidate: ContactCandidate | AccountCandidate,
  module: 'Contacts' | 'Accounts',
  attribution: MatchAttribution,
): CompareRow[] {
  const values = candidateValues(candidate);
  const names = Object.keys(values).filter((name) => !STATE_FIELDS.has(name) && !name.startsWith('$'));
  const ordered = [...LEADING.filter((name) => names.includes(name)), ...names.filter((name) => !LEADING.includes(name))];
  const matches = (module === 'Contacts' ? attribution.contacts : attribution.accounts)[candidate.id] ?? [];
  return ordered.map((apiName) => {
    const leadValue = displayValue(leadValueFor(lead, apiName));
    const candidateValue = displayValue(values[apiName]);
    const match = matches.find((m) => m.apiName === apiName);
    return {
      apiName,
      label: match?.label ?? fieldLabel(apiName),
      leadValue,
      candidateValue,
      same: valuesMatch(apiName, leadValue, candidateValue),
      matched: match !== undefined,
    };
  });
}

// The typed properties win over fields: they are what the card shows. A contact's linked account is its Account_Name.
function candidateValues(candidate: ContactCandidate | AccountCandidate): Record<string, unknown> {
  if ('fullName' in candidate) {
    return { ...candidate.fields, Full_Name: candidate.fullName, Email: candidate.email, Account_Name: candidate.account?.name ?? null };
  }
  return { ...candidate.fields, Account_Name: candidate.name, Phone: candidate.phone, Website: candidate.website, Account_Type: candidate.accountType };
}

function leadValueFor(lead: Lead, apiName: string): unknown {
  switch (leadFieldFor(apiName)) {
    case 'Full_Name':
      return lead.fullName;
    case 'Company':
      return lead.company;
    case 'Email':
      return lead.email;
    case 'Phone':
      return lead.phone;
    case 'Mobile':
      return lead.mobile;
    default:
      return lead.fields[apiName];
  }
}
