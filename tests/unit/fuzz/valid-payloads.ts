// One documented, valid answer per parser: the seeds the mutation arbitraries break.
import { CONVERTED, KAIZEN_OPTIONS, LEAD_RECORD, SCHEDULED } from '../zoho/zoho-fixtures';

export const LEAD_ANSWER = {
  data: [{ ...LEAD_RECORD, $converted: true, $converted_detail: { contact: '11', account: { id: '12' }, Deals: { id: '13', name: 'D' } } }],
};

export const LAYOUTS_ANSWER = {
  layouts: [
    {
      id: '4832675000000095055',
      name: 'Standard',
      status: 'active',
      convert_mapping: {
        Contacts: { display_label: 'Standard', name: 'Standard', id: '4832675000000095059' },
        Deals: {
          name: 'Standard',
          id: '4832675000000095023',
          fields: [{ api_name: 'Deal_Name', field_label: 'Potential Name', id: '4832675000000000519', required: true }],
        },
        Accounts: null,
      },
      sections: [
        {
          fields: [
            { api_name: 'Stage', field_label: 'Stage', data_type: 'picklist', required: true, pick_list_values: [{ display_value: 'Qualification', actual_value: 'Qualification' }] },
            { api_name: 'Amount', field_label: 'Amount', data_type: 'currency', length: 16, decimal_place: 2, read_only: false },
          ],
        },
      ],
    },
  ],
};

export const PIPELINES_ANSWER = {
  pipeline: [
    {
      id: '3652397000003097001',
      display_value: 'Standard (Standard)',
      actual_value: 'Standard (Standard)',
      default: true,
      maps: [
        { id: '7', display_value: 'Closed Won', actual_value: 'Closed Won', sequence_number: 7, forecast_type: 'Closed Won' },
        { id: '1', display_value: 'Qualification', actual_value: 'Qualification', sequence_number: 1, forecast_type: 'Open' },
      ],
    },
  ],
};

export const USERS_ANSWER = {
  users: [
    { id: '281001', full_name: 'Amelia Burrows', email: 'a@z.com', status: 'active', confirm: true, role: { name: 'CEO', id: '9' }, profile: { name: 'Administrator', id: '8' }, locale: 'en_US', time_zone: 'Asia/Kolkata' },
  ],
  info: { per_page: 200, count: 1, page: 1, more_records: false },
};

export const ROLES_ANSWER = { contact_roles: [{ id: '5', name: 'Manager', sequence_number: 2 }, { id: '4', name: 'Buyer', sequence_number: 1 }] };

export const ORG_ANSWER = {
  org: [{ id: '1', company_name: 'Zylker', currency: 'US Dollar - USD', currency_symbol: '$', iso_code: 'USD', mc_status: true, time_zone: 'PST', country_code: 'US' }],
};

export const MODULES_ANSWER = {
  modules: [
    { api_name: 'Contacts', id: '4876876000000002179', singular_label: 'Contact', plural_label: 'Contacts', visible: true, api_supported: true },
    { api_name: 'Accounts', id: '4876876000000002177', singular_label: 'Account', plural_label: 'Accounts', visible: true, api_supported: true },
  ],
};

export const MASS_JOB_ANSWER = { code: 'SCHEDULED', details: { job_id: '3652397000009835020' }, message: 'Mass Convert scheduled successfully', status: 'success' };

export const MASS_STATUS_ANSWER = { data: [{ Status: 'IN_PROGRESS', Failed_Count: 0, Not_Converted_Count: '2', Total_Count: 28, Converted_Count: 26 }] };

export { CONVERTED, KAIZEN_OPTIONS, SCHEDULED };
