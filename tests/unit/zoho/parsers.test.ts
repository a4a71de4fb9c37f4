import { describe, expect, it } from 'vitest';
import { CrmError } from '../../../app/api/crm-error';
import { parseContactRoles } from '../../../app/host/zoho/parse-contact-roles';
import { parseConversionOptions } from '../../../app/host/zoho/parse-conversion-options';
import { parseConvertResult } from '../../../app/host/zoho/parse-convert-result';
import { parseLayouts, parseSingleLayout } from '../../../app/host/zoho/parse-layouts';
import { parseLeadResponse, parseLeadsResponse } from '../../../app/host/zoho/parse-lead';
import { parseMassConvertJob } from '../../../app/host/zoho/parse-mass-convert-job';
import { parseMassConvertStatus } from '../../../app/host/zoho/parse-mass-convert-status';
import { parseOrg } from '../../../app/host/zoho/parse-org';
import { parsePipelines } from '../../../app/host/zoho/parse-pipelines';
import { parseCurrentUser, parseUsers } from '../../../app/host/zoho/parse-users';
import { CONVERTED, KAIZEN_OPTIONS, LEAD_RECORD, SCHEDULED } from './zoho-fixtures';

describe('parseLeadResponse', () => {
  it('turns a Zoho lead into the port type, keeping every field', () => {
    const lead = parseLeadResponse({ data: [LEAD_RECORD] });
    expect(lead).toMatchObject({
      id: '4876876000007400001',
      fullName: 'Pat Boyle',
      company: 'Zylker Biotech',
      phone: '9844444444',
      mobile: null,
      owner: { id: '4876876000000281001', name: 'Amelia Burrows', email: 'amelia@zylker.com' },
      layout: { id: '4876876000000091055', name: 'Standard' },
      tags: [{ id: '4876876000000500001', name: 'Trade show', colorCode: '#57B1FD' }],
      converted: false,
      convertedDetail: null,
      approvalState: 'approved',
      locked: false,
      inMerge: false,
      editable: true,
    });
    expect(lead.fields.Some_Custom__c).toBe('kept');
  });

  it.each([
    ['missing optional keys', { id: '1', Last_Name: 'Boyle' }, { fullName: 'Boyle', owner: null, tags: [], approvalState: 'approved', editable: true }],
    ['numbers as ids', { id: 42, Owner: { id: 7, name: 'A' } }, { id: '42', owner: { id: '7', name: 'A', email: null } }],
    ['converted with detail', { id: '1', $converted: true, $converted_detail: { contact: '11', account: { id: '12' } } }, { converted: true, convertedDetail: { contactId: '11', accountId: '12', dealId: null } }],
    ['pending approval and merge', { id: '1', $approval_state: 'approval_process_pending', $in_merge: true, Locked__s: true }, { approvalState: 'approval_process_pending', inMerge: true, locked: true }],
    ['an unknown approval state', { id: '1', $approval_state: 'weird' }, { approvalState: 'pending' }],
    ['nulls everywhere', { id: '1', First_Name: null, Tag: null, Owner: null, Layout: null }, { firstName: null, tags: [], owner: null, layout: null }],
  ])('tolerates %s', (_label, record, expected) => {
    expect(parseLeadResponse({ data: [record] })).toMatchObject(expected);
  });

  it('reads a 204 as "no such lead", a Zoho-side answer', () => {
    expect(() => parseLeadResponse(undefined)).toThrowError(expect.objectContaining({ kind: 'zoho', httpStatus: 204 }));
  });

  it('reads a 204 list as no leads', () => {
    expect(parseLeadsResponse(undefined)).toEqual([]);
  });
});

describe('parseConversionOptions', () => {
  it('reads the Kaizen #137 sample', () => {
    const options = parseConversionOptions(KAIZEN_OPTIONS);
    if (!options.available) throw new Error('expected options');
    expect(options.modulePreference).toEqual({ apiName: 'Contacts', id: '4876876000000002179' });
    expect(options.contacts.map((c) => [c.id, c.fullName, c.email])).toEqual([
      ['4876876000007437017', 'Boyle', 'pat.boyle@zylker.com'],
      ['4876876000007421001', 'Pat Boyle', null],
    ]);
    expect(options.contacts[0]?.dataProcessingBasis).toBeNull();
    expect(options.contacts[1]?.account).toEqual({ id: '4876876000007421010', name: 'Zylker Biotech', locked: false });
    expect(options.contacts[1]?.fields.Phone).toBe('9844444444');
    expect(options.accounts).toMatchObject([{ id: '4876876000007421010', name: 'Zylker Biotech', layout: { name: 'Standard' } }]);
    expect(options.matchedOn.contacts.map((m) => m.apiName)).toEqual(['Phone', 'Email']);
    expect(options.matchedOn.accounts.map((m) => [m.apiName, m.value])).toEqual([
      ['Account_Name', 'Zylker Biotech'],
      ['Phone', '9844444444'],
    ]);
    expect(options.modulesWithMultipleLayouts).toEqual([{ apiName: 'Accounts', id: '4876876000000002177' }]);
  });

  it('reads 204 (empty body) as "not available"', () => {
    expect(parseConversionOptions(undefined)).toEqual({ available: false });
  });

  it('reads all-null matches as empty lists', () => {
    const body = {
      __conversion_options: {
        module_preference: null,
        Contacts: null,
        Accounts: null,
        preference_field_matched_value: null,
        modules_with_multiple_layouts: [{ api_name: 'Deals', id: '2181' }],
        unknown_future_key: { x: 1 },
      },
    };
    expect(parseConversionOptions(body)).toEqual({
      available: true,
      modulePreference: null,
      contacts: [],
      accounts: [],
      matchedOn: { contacts: [], accounts: [] },
      modulesWithMultipleLayouts: [{ apiName: 'Deals', id: '2181' }],
    });
  });

  it('keeps a real Data_Processing_Basis', () => {
    const body = { __conversion_options: { Contacts: [{ id: '1', Full_Name: 'X', Data_Processing_Basis: 'Consent - Stop Processing' }] } };
    const options = parseConversionOptions(body);
    expect(options.available && options.contacts[0]?.dataProcessingBasis).toBe('Consent - Stop Processing');
  });
});

describe('parseConvertResult', () => {
  it.each([
    ['200 SUCCESS (Case I)', CONVERTED, { kind: 'converted', contact: { id: '4876876000007421001', name: 'Pat Boyle' }, account: { id: '4876876000007421010', name: 'Zylker Biotech' }, deal: { id: '4876876000007459060', name: 'Zylker Deal' } }],
    ['contact only', { data: [{ code: 'SUCCESS', status: 'success', details: { Contacts: { name: 'P', id: '1' }, Accounts: null, Deals: null } }] }, { kind: 'converted', contact: { id: '1', name: 'P' }, account: null, deal: null }],
    ['202 SCHEDULED', SCHEDULED, { kind: 'scheduled', jobId: '1643514000006145007' }],
  ])('reads %s', (_label, body, expected) => {
    expect(parseConvertResult(body)).toEqual(expected);
  });
});

describe('mass convert', () => {
  it.each([
    ['root SCHEDULED', { code: 'SCHEDULED', details: { job_id: '3652397000009835020' }, message: 'Mass Convert scheduled successfully', status: 'success' }],
    ['data-wrapped SCHEDULED', { data: [{ code: 'SCHEDULED', details: { job_id: '3652397000009835020' }, status: 'success' }] }],
  ])('reads the job id from a %s', (_label, body) => {
    expect(parseMassConvertJob(body)).toEqual({ jobId: '3652397000009835020' });
  });

  it.each([
    ['COMPLETED', 'completed'],
    ['Completed', 'completed'],
    ['in progress', 'in progress'],
    ['IN_PROGRESS', 'in progress'],
    ['scheduled', 'scheduled'],
    ['failed', 'failed'],
    ['paused', 'unknown'],
  ])('normalises Status %s → %s', (raw, state) => {
    const body = { data: [{ Status: raw, Failed_Count: 0, Not_Converted_Count: '2', Total_Count: 28, Converted_Count: 26 }] };
    expect(parseMassConvertStatus(body)).toEqual({ state, rawState: raw, total: 28, converted: 26, notConverted: 2, failed: 0 });
  });
});

describe('settings and users', () => {
  const layout = {
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
          { api_name: 'Stage', field_label: 'Stage', data_type: 'picklist', required: true, pick_list_values: [{ display_value: 'Identify Decision Makers', actual_value: 'Id. Decision Makers' }] },
          { api_name: 'Amount', field_label: 'Amount', data_type: 'currency', length: 16, decimal_place: 2, read_only: false },
        ],
      },
    ],
  };

  it('reads layouts with convert mapping and flattened fields', () => {
    const [parsed] = parseLayouts({ layouts: [layout] });
    expect(parsed).toMatchObject({
      id: '4832675000000095055',
      status: 'active',
      convertMapping: {
        Contacts: { id: '4832675000000095059', fields: [] },
        Accounts: null,
        Deals: { id: '4832675000000095023', fields: [{ apiName: 'Deal_Name', label: 'Potential Name', required: true }] },
      },
      fields: [
        { apiName: 'Stage', required: true, pickListValues: [{ displayValue: 'Identify Decision Makers', actualValue: 'Id. Decision Makers' }] },
        { apiName: 'Amount', dataType: 'currency', length: 16, decimalPlace: 2, required: false },
      ],
    });
    expect(parseSingleLayout({ layouts: [layout] }).id).toBe('4832675000000095055');
  });

  it('reads pipelines with stages in sequence order; 204 → none', () => {
    const body = {
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
    expect(parsePipelines(body)).toEqual([
      {
        id: '3652397000003097001',
        displayValue: 'Standard (Standard)',
        actualValue: 'Standard (Standard)',
        isDefault: true,
        stages: [
          { id: '1', displayValue: 'Qualification', actualValue: 'Qualification', sequence: 1, forecastType: 'Open' },
          { id: '7', displayValue: 'Closed Won', actualValue: 'Closed Won', sequence: 7, forecastType: 'Closed Won' },
        ],
      },
    ]);
    expect(parsePipelines(undefined)).toEqual([]);
  });

  it('reads contact roles, users, the current user and the org', () => {
    expect(parseContactRoles({ contact_roles: [{ id: '5', name: 'Manager', sequence_number: 2 }, { id: '4', name: 'Buyer', sequence_number: 1 }] })).toEqual([
      { id: '4', name: 'Buyer', sequence: 1 },
      { id: '5', name: 'Manager', sequence: 2 },
    ]);
    expect(parseContactRoles(undefined)).toEqual([]);
    const user = { id: '281001', full_name: 'Amelia Burrows', email: 'a@z.com', status: 'active', confirm: true, role: { name: 'CEO', id: '9' }, profile: { name: 'Administrator', id: '8' }, locale: 'en_US', time_zone: 'Asia/Kolkata' };
    expect(parseUsers({ users: [user], info: {} })).toEqual([
      { id: '281001', fullName: 'Amelia Burrows', email: 'a@z.com', status: 'active', confirmed: true, role: { id: '9', name: 'CEO' }, profile: { id: '8', name: 'Administrator' }, locale: 'en_US', timeZone: 'Asia/Kolkata' },
    ]);
    expect(parseUsers(undefined)).toEqual([]);
    expect(parseCurrentUser({ users: [user] }).id).toBe('281001');
    expect(parseOrg({ org: [{ id: '1', company_name: 'Zylker', currency: 'US Dollar - USD', currency_symbol: '$', iso_code: 'USD', mc_status: null, time_zone: 'PST', country_code: 'US', extra: 1 }] })).toEqual({
      id: '1',
      companyName: 'Zylker',
      currencyName: 'US Dollar - USD',
      currencySymbol: '$',
      isoCode: 'USD',
      currencyLocale: null,
      multiCurrency: false,
      timeZone: 'PST',
      countryCode: 'US',
    });
  });
});

describe('malformed bodies give CrmError malformed, never a TypeError', () => {
  const parsers: [string, (body: unknown) => unknown][] = [
    ['lead', parseLeadResponse],
    ['conversion options', parseConversionOptions],
    ['convert result', parseConvertResult],
    ['mass convert job', parseMassConvertJob],
    ['mass convert status', parseMassConvertStatus],
    ['layouts', parseLayouts],
    ['pipelines', parsePipelines],
    ['contact roles', parseContactRoles],
    ['users', parseCurrentUser],
    ['org', parseOrg],
  ];
  const bodies: [string, unknown][] = [
    ['a truncated JSON string', '{"data":[{"id":'],
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['an object of the wrong kind', { unexpected: true }],
    ['a list of wrong items', { data: [7], layouts: ['x'], pipeline: [null], contact_roles: [1], users: [2], org: [3], __conversion_options: { Contacts: ['x'] } }],
    ['ids that are not ids', { data: [{ id: 'abc', details: { job_id: 'x', Contacts: { id: 'x' } } }], layouts: [{ id: 1.5 }], users: [{ id: '12a' }], contact_roles: [{ id: {} }] }],
  ];
  const cases = parsers.flatMap(([name, parse]) => bodies.map(([label, body]) => [name, label, parse, body] as const));

  it.each(cases)('%s from %s', (_name, _label, parse, body) => {
    let thrown: unknown;
    try {
      parse(body);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CrmError);
    expect(thrown).toMatchObject({ kind: 'malformed', mayHaveExecuted: false });
  });
});
