// Zoho's default Leads → Contacts/Accounts/Deals conversion mapping (the "lead mapping tool" defaults).
import type { SimRecord } from '../simulated-crm-types';
import type { JsonObject, TargetModule } from './org-types';

const MAPPING: Record<TargetModule, Record<string, string>> = {
  Contacts: {
    Salutation: 'Salutation',
    First_Name: 'First_Name',
    Last_Name: 'Last_Name',
    Email: 'Email',
    Secondary_Email: 'Secondary_Email',
    Phone: 'Phone',
    Mobile: 'Mobile',
    Fax: 'Fax',
    Designation: 'Title',
    Lead_Source: 'Lead_Source',
    Description: 'Description',
    Email_Opt_Out: 'Email_Opt_Out',
    Street: 'Mailing_Street',
    City: 'Mailing_City',
    State: 'Mailing_State',
    Zip_Code: 'Mailing_Zip',
    Country: 'Mailing_Country',
  },
  Accounts: {
    Company: 'Account_Name',
    Phone: 'Phone',
    Website: 'Website',
    Fax: 'Fax',
    Industry: 'Industry',
    Annual_Revenue: 'Annual_Revenue',
    No_of_Employees: 'Employees',
    Street: 'Billing_Street',
    City: 'Billing_City',
    State: 'Billing_State',
    Zip_Code: 'Billing_Code',
    Country: 'Billing_Country',
  },
  Deals: { Lead_Source: 'Lead_Source', Campaign_Source: 'Campaign_Source' },
};

/** The lead field that feeds a target field, e.g. Accounts.Account_Name ← Leads.Company. */
export function leadFieldFor(module: TargetModule, targetField: string): string {
  const entry = Object.entries(MAPPING[module]).find(([, target]) => target === targetField);
  return entry ? entry[0] : targetField;
}

/** The target module's field values a conversion copies from the lead (empty values skipped). */
export function mapLeadFields(module: TargetModule, lead: SimRecord): JsonObject {
  const values: JsonObject = {};
  for (const [leadField, targetField] of Object.entries(MAPPING[module])) {
    const value = lead[leadField];
    if (value !== null && value !== undefined && value !== '') values[targetField] = value;
  }
  return values;
}
