// The four CRM modules the demo shows, and which columns their list views have.
import type { OrgSnapshot, SimRecord } from '../../host/simulator/simulated-crm-types';
import { fieldText, leadName } from './record-fields';

export type ModuleName = 'Leads' | 'Contacts' | 'Accounts' | 'Deals';
export const MODULES: readonly ModuleName[] = ['Leads', 'Contacts', 'Accounts', 'Deals'];

export function isModuleName(value: string): value is ModuleName {
  return (MODULES as readonly string[]).includes(value);
}

export type Column = { label: string; text: (record: SimRecord) => string };

const field = (label: string, apiName: string): Column => ({ label, text: (record) => fieldText(record, apiName) });
const owner = field('Owner', 'Owner');

export const COLUMNS: Record<Exclude<ModuleName, 'Leads'>, Column[]> = {
  Contacts: [
    field('Contact Name', 'Full_Name'),
    field('Account Name', 'Account_Name'),
    field('Email', 'Email'),
    field('Phone', 'Phone'),
    { ...owner, label: 'Contact Owner' },
  ],
  Accounts: [
    field('Account Name', 'Account_Name'),
    field('Phone', 'Phone'),
    field('Website', 'Website'),
    { ...owner, label: 'Account Owner' },
  ],
  Deals: [
    field('Deal Name', 'Deal_Name'),
    field('Account Name', 'Account_Name'),
    field('Contact Name', 'Contact_Name'),
    field('Stage', 'Stage'),
    field('Amount', 'Amount'),
    field('Closing Date', 'Closing_Date'),
    { ...owner, label: 'Deal Owner' },
  ],
};

export function recordsOf(snapshot: OrgSnapshot, module: ModuleName): SimRecord[] {
  switch (module) {
    case 'Leads':
      return snapshot.leads;
    case 'Contacts':
      return snapshot.contacts;
    case 'Accounts':
      return snapshot.accounts;
    case 'Deals':
      return snapshot.deals;
  }
}

export function recordTitle(module: ModuleName, record: SimRecord): string {
  switch (module) {
    case 'Leads':
      return leadName(record);
    case 'Contacts':
      return fieldText(record, 'Full_Name') || [fieldText(record, 'First_Name'), fieldText(record, 'Last_Name')].join(' ').trim();
    case 'Accounts':
      return fieldText(record, 'Account_Name');
    case 'Deals':
      return fieldText(record, 'Deal_Name');
  }
}

export function singular(module: ModuleName): string {
  return module.slice(0, -1);
}
