// Which lead field feeds which Contacts/Accounts field: Zoho's default lead-conversion mapping (the "lead
// mapping tool" defaults), as data. Account_Name is left out on purpose: renaming the account is the
// convert call's own `overwrite` option, offered next to the account choice.
import type { RecordModule } from '../../api/crm-host';

export type MergeField = { leadField: string; field: string };

export const MERGE_FIELDS: Record<RecordModule, readonly MergeField[]> = {
  Contacts: [
    { leadField: 'First_Name', field: 'First_Name' },
    { leadField: 'Last_Name', field: 'Last_Name' },
    { leadField: 'Email', field: 'Email' },
    { leadField: 'Secondary_Email', field: 'Secondary_Email' },
    { leadField: 'Phone', field: 'Phone' },
    { leadField: 'Mobile', field: 'Mobile' },
    { leadField: 'Designation', field: 'Title' },
    { leadField: 'Street', field: 'Mailing_Street' },
    { leadField: 'City', field: 'Mailing_City' },
    { leadField: 'State', field: 'Mailing_State' },
    { leadField: 'Zip_Code', field: 'Mailing_Zip' },
    { leadField: 'Country', field: 'Mailing_Country' },
    { leadField: 'Description', field: 'Description' },
  ],
  Accounts: [
    { leadField: 'Website', field: 'Website' },
    { leadField: 'Phone', field: 'Phone' },
    { leadField: 'Industry', field: 'Industry' },
    { leadField: 'Annual_Revenue', field: 'Annual_Revenue' },
    { leadField: 'No_of_Employees', field: 'Employees' },
    { leadField: 'Street', field: 'Billing_Street' },
    { leadField: 'City', field: 'Billing_City' },
    { leadField: 'State', field: 'Billing_State' },
    { leadField: 'Zip_Code', field: 'Billing_Code' },
    { leadField: 'Country', field: 'Billing_Country' },
  ],
};
