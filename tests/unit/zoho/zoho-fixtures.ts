// Zoho response bodies as the docs print them (zoho-conversion-api.md, the Kaizen #137 article).

export const KAIZEN_OPTIONS = {
  __conversion_options: {
    module_preference: { api_name: 'Contacts', id: '4876876000000002179' },
    Contacts: [
      {
        Full_Name: 'Boyle',
        Email: 'pat.boyle@zylker.com',
        Phone: null,
        Locked__s: false,
        Account_Name: null,
        $editable: true,
        id: '4876876000007437017',
        $approval_state: 'approved',
        Data_Processing_Basis: 'null',
      },
      {
        Full_Name: 'Pat Boyle',
        Email: null,
        Phone: '9844444444',
        Locked__s: false,
        Account_Name: { name: 'Zylker Biotech', Locked__s: false, id: '4876876000007421010' },
        $editable: true,
        id: '4876876000007421001',
        $approval_state: 'approved',
        Data_Processing_Basis: 'null',
      },
    ],
    preference_field_matched_value: {
      Contacts: [
        { field: { api_name: 'Phone', id: '4876876000000002503' }, matched_lead_value: '9844444444' },
        { field: { api_name: 'Email', id: '4876876000000002497' }, matched_lead_value: 'pat.boyle@zylker.com' },
      ],
      Accounts: [
        { field: { api_name: 'Account_Name', id: '4876876000000002425' }, matched_lead_value: 'Zylker Biotech' },
        { field: { api_name: 'Phone', id: '4876876000000002427' }, matched_lead_value: '9844444444' },
      ],
    },
    Accounts: [
      {
        Layout: { name: 'Standard', id: '4876876000000091029' },
        Phone: null,
        Account_Type: null,
        Locked__s: false,
        Website: null,
        Account_Name: 'Zylker Biotech',
        $editable: true,
        id: '4876876000007421010',
        $approval_state: 'approved',
      },
    ],
    modules_with_multiple_layouts: [{ api_name: 'Accounts', id: '4876876000000002177' }],
  },
};

export const CONVERTED = {
  data: [
    {
      code: 'SUCCESS',
      details: {
        Contacts: { name: 'Pat Boyle', id: '4876876000007421001' },
        Deals: { name: 'Zylker Deal', id: '4876876000007459060' },
        Accounts: { name: 'Zylker Biotech', id: '4876876000007421010' },
      },
      message: 'The record has been converted successfully',
      status: 'success',
    },
  ],
};

export const SCHEDULED = {
  data: [{ code: 'SCHEDULED', details: { job_id: '1643514000006145007' }, message: 'Convert lead scheduled successfully', status: 'success' }],
};

export const ALREADY_CONVERTED = {
  code: 'ID_ALREADY_CONVERTED',
  details: { resource_path_index: 1 },
  message: 'id already converted',
  status: 'error',
};

export const MAPPING_MISMATCH = {
  data: [
    {
      code: 'MAPPING_MISMATCH',
      details: { mapped_field: 'Pipeline', api_name: 'Stage', json_path: '$.data[0].Stage' },
      message: "Pipeline doesn't contain the Stage",
      status: 'error',
    },
  ],
};

export const TOO_MANY = { code: 'TOO_MANY_REQUESTS', details: {}, message: 'too many requests', status: 'error' };

export const LEAD_RECORD = {
  id: '4876876000007400001',
  First_Name: 'Pat',
  Last_Name: 'Boyle',
  Full_Name: 'Pat Boyle',
  Company: 'Zylker Biotech',
  Email: 'pat.boyle@zylker.com',
  Phone: '9844444444',
  Mobile: null,
  Owner: { name: 'Amelia Burrows', id: '4876876000000281001', email: 'amelia@zylker.com' },
  Layout: { name: 'Standard', id: '4876876000000091055' },
  Tag: [{ name: 'Trade show', id: '4876876000000500001', color_code: '#57B1FD' }],
  $converted: false,
  $converted_detail: {},
  $approval_state: 'approved',
  Locked__s: false,
  $in_merge: false,
  $editable: true,
  Some_Custom__c: 'kept',
};
