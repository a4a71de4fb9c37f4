// The Kaizen 137 article as typed data for the component tests, built on the shared builders:
// lead Pat Boyle, contact "Boyle" (Email match), contact "Pat Boyle" (Phone match, linked to Zylker Biotech),
// account Zylker Biotech (Account_Name match), and an Accounts Phone match that no returned account carries.
import type { AccountCandidate, ContactCandidate, Lead } from '../../../../app/api/crm-host';
import { attributeMatches } from '../../../../app/domain/attribute-matches';
import type { AvailableConversionOptions, MatchAttribution } from '../../../../app/domain/conversion-model';
import { KAIZEN, kaizenLead, kaizenOptions } from '../../../support/builders';

export const IDS = KAIZEN;

export const buildLead = kaizenLead;

const [kaizenBoyle, kaizenPatBoyle] = kaizenOptions().contacts as [ContactCandidate, ContactCandidate];
const [kaizenZylker] = kaizenOptions().accounts as [AccountCandidate];

export const contactBoyle = (overrides: Partial<ContactCandidate> = {}): ContactCandidate => ({ ...kaizenBoyle, ...overrides });
export const contactPatBoyle = (overrides: Partial<ContactCandidate> = {}): ContactCandidate => ({ ...kaizenPatBoyle, ...overrides });
export const buildAccount = (overrides: Partial<AccountCandidate> = {}): AccountCandidate => ({ ...kaizenZylker, ...overrides });

export function buildOptions(overrides: Partial<AvailableConversionOptions> = {}): AvailableConversionOptions {
  return { ...kaizenOptions(), ...overrides };
}

/** The article's lead, options and the real attribution of its matches. */
export function kaizen(options: { lead?: Lead; options?: AvailableConversionOptions } = {}): {
  lead: Lead;
  options: AvailableConversionOptions;
  attribution: MatchAttribution;
} {
  const lead = options.lead ?? buildLead();
  const conversionOptions = options.options ?? buildOptions();
  return { lead, options: conversionOptions, attribution: attributeMatches(lead, conversionOptions) };
}
