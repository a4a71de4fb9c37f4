import { describe, expect, it } from 'vitest';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { sid } from '../../../app/host/simulator/scenarios/showcase-metadata';
import { createSimulatedCrm, type SimulatedCrmWithFlags } from '../../../app/host/simulator/simulated-crm';
import type { SimMethod } from '../../../app/host/simulator/sim-http';
import { call, convert } from './sim-test-utils';

const I = SHOWCASE_IDS;
const DEAL = { Deal_Name: 'Showcase deal', Closing_Date: '2030-06-30', Stage: 'Qualification', Pipeline: 'Standard (Standard)', Region: 'EMEA', Go_Live_Date: '2030-09-01', Setup_Fee: 500, Seats: 10, PO_Reference: 'PO-1' };
const root = (code: string, message: string, details: Record<string, unknown> = {}) => ({ code, details, message, status: 'error' });
const item = (code: string, message: string, details: Record<string, unknown>) => ({ data: [root(code, message, details)] });
const invalid = (api_name: string, json_path: string, message = 'invalid data') => item('INVALID_DATA', message, { api_name, json_path });
const wrongType = (api_name: string, json_path: string, expected_data_type: string) => item('INVALID_DATA', 'invalid data', { api_name, json_path, expected_data_type });
const AT_LEAD = { resource_path_index: 1 };

type Case = {
  name: string;
  lead?: string;
  body?: Record<string, unknown>;
  raw?: unknown;
  method?: SimMethod;
  path?: string;
  setup?: (crm: SimulatedCrmWithFlags) => void;
  status: number;
  expected: unknown;
};

const cases: Case[] = [
  { name: 'INVALID_DATA: unknown lead id (root)', lead: '3652397000099999999', status: 400, expected: root('INVALID_DATA', 'invalid data', AT_LEAD) },
  { name: 'INVALID_DATA: non-numeric lead id (root)', lead: 'abc', status: 400, expected: root('INVALID_DATA', 'invalid data', AT_LEAD) },
  { name: 'ID_ALREADY_CONVERTED (root)', lead: I.converted, status: 400, expected: root('ID_ALREADY_CONVERTED', 'id already converted', AT_LEAD) },
  { name: 'NOT_APPROVED (root)', lead: I.unapproved, status: 400, expected: root('NOT_APPROVED', 'cannot convert record that is not approved yet', AT_LEAD) },
  { name: 'NOT_REVIEWED (root)', lead: I.inReview, status: 400, expected: root('NOT_REVIEWED', 'record in review', AT_LEAD) },
  { name: 'RECORD_LOCKED: Locked__s (root)', lead: I.locked, status: 400, expected: root('RECORD_LOCKED', 'You cannot perform this operation as the record is locked.', AT_LEAD) },
  { name: 'RECORD_LOCKED: merge in progress (root)', lead: I.merging, status: 400, expected: root('RECORD_LOCKED', 'record under merge is locked', AT_LEAD) },
  { name: 'lead state is checked before the body', lead: I.locked, raw: 'nonsense', status: 400, expected: root('RECORD_LOCKED', 'You cannot perform this operation as the record is locked.', AT_LEAD) },
  { name: 'NO_PERMISSION (403, root)', setup: (crm) => crm.setFlags({ convertPermission: false }), status: 403, expected: root('NO_PERMISSION', 'permission denied', { permissions: ['Crm_Implied_Convert_Leads'] }) },
  { name: 'AUTHORIZATION_FAILED (root)', setup: (crm) => crm.setFlags({ authorizationFailed: true }), status: 400, expected: root('AUTHORIZATION_FAILED', 'User does not have sufficient privilege to create records') },
  { name: 'OAUTH_SCOPE_MISMATCH (401, root)', setup: (crm) => crm.setFlags({ oauthScopeMismatch: true }), status: 401, expected: root('OAUTH_SCOPE_MISMATCH', 'Unauthorized') },
  { name: 'body without data', raw: {}, status: 400, expected: root('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'data', json_path: '$.data' }) },
  { name: 'expected_data_type boolean', body: { overwrite: 'yes' }, status: 400, expected: wrongType('overwrite', '$.data[0].overwrite', 'boolean') },
  { name: 'expected_data_type jsonobject for Contacts', body: { Contacts: '123' }, status: 400, expected: wrongType('Contacts', '$.data[0].Contacts', 'jsonobject') },
  { name: 'expected_data_type long for an id', body: { assign_to: { id: 42 } }, status: 400, expected: wrongType('id', '$.data[0].assign_to.id', 'long') },
  { name: 'expected_data_type jsonarray for carry_over_tags', body: { carry_over_tags: { Contacts: 'Hot' } }, status: 400, expected: wrongType('Contacts', '$.data[0].carry_over_tags.Contacts', 'jsonarray') },
  { name: 'expected_data_type date', body: { Deals: { ...DEAL, Closing_Date: '30/06/2030' } }, status: 400, expected: wrongType('Closing_Date', '$.data[0].Deals.Closing_Date', 'date') },
  { name: 'expected_data_type double (currency custom field)', body: { Deals: { ...DEAL, Setup_Fee: '500' } }, status: 400, expected: wrongType('Setup_Fee', '$.data[0].Deals.Setup_Fee', 'double') },
  { name: 'expected_data_type integer', body: { Deals: { ...DEAL, Seats: 2.5 } }, status: 400, expected: wrongType('Seats', '$.data[0].Deals.Seats', 'integer') },
  { name: 'MANDATORY_NOT_FOUND: standard key', body: { Deals: { ...DEAL, Closing_Date: undefined } }, status: 400, expected: item('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Closing_Date', json_path: '$.data[0].Deals.Closing_Date' }) },
  { name: 'MANDATORY_NOT_FOUND: Pipeline', body: { Deals: { ...DEAL, Pipeline: '' } }, status: 400, expected: item('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Pipeline', json_path: '$.data[0].Deals.Pipeline' }) },
  { name: 'MANDATORY_NOT_FOUND: layout-required custom field', body: { Deals: { ...DEAL, Region: undefined } }, status: 400, expected: item('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Region', json_path: '$.data[0].Deals.Region' }) },
  { name: 'maximum_length', body: { Deals: { ...DEAL, PO_Reference: 'X'.repeat(21) } }, status: 400, expected: item('INVALID_DATA', 'invalid data', { maximum_length: 20, api_name: 'PO_Reference', json_path: '$.data[0].Deals.PO_Reference' }) },
  { name: 'maximum_length of Deal_Name (120)', body: { Deals: { ...DEAL, Deal_Name: 'D'.repeat(121) } }, status: 400, expected: item('INVALID_DATA', 'invalid data', { maximum_length: 120, api_name: 'Deal_Name', json_path: '$.data[0].Deals.Deal_Name' }) },
  { name: 'unknown Contacts id', body: { Contacts: { id: '3652397000099999999' } }, status: 400, expected: invalid('Contacts', '$.data[0].Contacts.id') },
  { name: 'unknown Accounts id', body: { Accounts: { id: '3652397000099999999' } }, status: 400, expected: invalid('Accounts', '$.data[0].Accounts.id') },
  { name: 'unknown assign_to user', body: { assign_to: { id: '3652397000099999999' } }, status: 400, expected: invalid('assign_to', '$.data[0].assign_to.id') },
  { name: 'inactive assign_to user', body: { assign_to: { id: sid(225009) } }, status: 400, expected: invalid('assign_to', '$.data[0].assign_to.id') },
  { name: 'locked candidate', lead: I.lockedMatch, body: { Contacts: { id: sid(7810007) } }, status: 400, expected: invalid('Contacts', '$.data[0].Contacts.id', 'the related record is locked') },
  { name: 'non-editable candidate', lead: I.readOnlyMatch, body: { Contacts: { id: sid(7810009) } }, status: 400, expected: invalid('Contacts', '$.data[0].Contacts.id', 'permission denied to update the related record') },
  { name: 'unapproved candidate', lead: I.pendingMatch, body: { Contacts: { id: sid(7810011) } }, status: 400, expected: invalid('Contacts', '$.data[0].Contacts.id', 'the related record is not approved') },
  { name: 'contact not associated with the given account', lead: I.otherAccount, body: { Contacts: { id: sid(7810005) }, Accounts: { id: sid(7820005) } }, status: 400, expected: invalid('Accounts', '$.data[0].Accounts.id', 'give account id is mismatched with the data') },
  { name: 'contact Zoho did not offer for this lead', body: { Contacts: { id: I.contactPatBoyle } }, status: 400, expected: invalid('Contacts', '$.data[0].Contacts.id', 'give contact id is mismatched with the data') },
  { name: 'account Zoho did not offer for this lead', body: { Accounts: { id: I.accountZylker } }, status: 400, expected: invalid('Accounts', '$.data[0].Accounts.id', 'give account id is mismatched with the data') },
  { name: 'attachments to a deal that will not exist', body: { move_attachments_to: { api_name: 'Deals' } }, status: 400, expected: invalid('move_attachments_to', '$.data[0].move_attachments_to') },
  { name: 'unknown contact role', body: { Deals: { ...DEAL, Contact_Role: '3652397000099999999' } }, status: 400, expected: invalid('Contact_Role', '$.data[0].Deals.Contact_Role') },
  { name: 'custom picklist sent as display value', body: { Deals: { ...DEAL, Region: 'Europe, Middle East & Africa' } }, status: 400, expected: invalid('Region', '$.data[0].Deals.Region') },
  { name: 'Non Subordinate User Found', body: { assign_to: { id: I.nonSubordinateUser } }, status: 400, expected: invalid('Owner', '$.data[0].Owner', 'Non Subordinate User Found') },
  { name: 'unknown Pipeline', body: { Deals: { ...DEAL, Pipeline: 'Enterprise Sales' } }, status: 400, expected: invalid('Pipeline', '$.data[0].Deals.Pipeline') },
  { name: 'MAPPING_MISMATCH: stage of another pipeline', body: { Deals: { ...DEAL, Pipeline: 'Enterprise' } }, status: 400, expected: item('MAPPING_MISMATCH', "Pipeline doesn't contain the Stage", { mapped_field: 'Pipeline', api_name: 'Stage', json_path: '$.data[0].Stage' }) },
  { name: 'MAPPING_MISMATCH: stage sent as display value', body: { Deals: { ...DEAL, Stage: 'Identify Decision Makers' } }, status: 400, expected: item('MAPPING_MISMATCH', "Pipeline doesn't contain the Stage", { mapped_field: 'Pipeline', api_name: 'Stage', json_path: '$.data[0].Stage' }) },
  {
    name: 'DUPLICATE_DATA: creating a contact whose unique Phone exists',
    lead: I.patBoyle,
    status: 400,
    expected: item('DUPLICATE_DATA', 'duplicate data', { api_name: 'Phone', json_path: '$.data[0].Contacts.Phone', duplicate_record: { Owner: { name: 'Morgan Reed', id: sid(225001), zuid: '70010001' }, module: { api_name: 'Contacts', id: sid(2179) }, id: I.contactPatBoyle }, more_records: false }),
  },
  { name: 'NOT_ALLOWED without the Contacts module', setup: (crm) => crm.setFlags({ contactsModuleAvailable: false }), status: 400, expected: root('NOT_ALLOWED', 'lead conversion is not allowed as the Contacts module is not available') },
  { name: 'INVALID_REQUEST_METHOD', method: 'GET', status: 400, expected: root('INVALID_REQUEST_METHOD', 'The http request method type is not a valid one') },
  { name: 'INVALID_URL_PATTERN (404)', path: `/crm/v7/Leads/${I.noMatches}/actions/transmogrify`, status: 404, expected: root('INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one') },
  { name: 'INVALID_MODULE', path: `/crm/v7/Contacts/${I.contactBoyle}/actions/convert`, status: 400, expected: root('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 }) },
  { name: 'INTERNAL_ERROR (500)', setup: (crm) => crm.addFault({ kind: 'server-error', operation: 'convert' }), status: 500, expected: root('INTERNAL_ERROR', 'Internal Server Error') },
];

describe('convert errors (code, envelope, HTTP status)', () => {
  it.each(cases)('$name', async (c) => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    c.setup?.(crm);
    const lead = c.lead ?? I.noMatches;
    const response = await call(crm, c.method ?? 'POST', c.path ?? `/crm/v7/Leads/${lead}/actions/convert`, { body: c.raw ?? { data: [c.body ?? {}] } });
    expect(response.status).toBe(c.status);
    expect(response.body).toStrictEqual(c.expected);
    expect(crm.snapshot().leads.find((l) => l.id === lead)?.$converted ?? false).toBe(lead === I.converted);
  });

  it('accepts v2.1–v8 path prefixes', async () => {
    for (const version of ['v2.1', 'v5', 'v8']) {
      const crm = createSimulatedCrm({ scenario: 'showcase' });
      const response = await call(crm, 'POST', `/crm/${version}/Leads/${I.noMatches}/actions/convert`, { body: { data: [{}] } });
      expect(response.status).toBe(200);
    }
  });

  it('answers 202 SCHEDULED when the org schedules single converts (and still converts)', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase', nextIds: ['3652397000090000001', '3652397000090000002', '3652397000090000003'] });
    crm.setFlags({ scheduleSingleConvert: true });
    const response = await convert(crm, I.noMatches);
    expect(response).toMatchObject({ status: 202, body: { data: [{ code: 'SCHEDULED', details: { job_id: '3652397000090000003' }, message: 'Convert lead scheduled successfully', status: 'success' }] } });
    expect(crm.snapshot().leads.find((l) => l.id === I.noMatches)?.$converted).toBe(true);
  });
});
