// Why a lead cannot be converted here (the eligibility chunk).
import type { IneligibleReason } from '../domain/lead-eligibility';

type Explained = { message: string; nextStep: string };

export const enIneligible = {
  title: {
    converted: 'Already converted',
    'not-approved': 'Waiting for approval',
    locked: 'Locked',
    'in-merge': 'Merge in progress',
    'no-contacts-module': 'Conversion is not available',
  } satisfies Record<IneligibleReason, string>,
  reason: {
    converted: { message: 'This lead was converted earlier; there is nothing left to convert.', nextStep: 'The records it became are in Contacts, Accounts and Deals.' },
    'not-approved': { message: 'This lead is waiting for approval; Zoho CRM converts only approved leads.', nextStep: 'Ask the approver to approve it, then open Lead Convert again.' },
    locked: { message: 'This lead is locked, so Zoho CRM refuses to convert it.', nextStep: 'Ask the person who locked it to unlock it, then try again.' },
    'in-merge': { message: 'A merge of duplicates is in progress on this lead.', nextStep: 'Wait a few minutes until the merge finishes, then open Lead Convert again.' },
    'no-contacts-module': { message: 'Leads cannot be converted here: the Contacts module is not available in this org.', nextStep: 'Ask your CRM administrator to enable Contacts under Setup → Modules.' },
  } satisfies Record<IneligibleReason, Explained>,
  convertedLinks: 'It became these records:',
  openRecordOf: (moduleLabel: string) => `Open the ${moduleLabel.toLowerCase()}`,
};

export type IneligibleTexts = typeof enIneligible;
