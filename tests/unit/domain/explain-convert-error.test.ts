import { describe, expect, it } from 'vitest';
import { CrmError, type CrmErrorInit } from '../../../app/api/crm-error';
import type { LeadConverter } from '../../../app/api/crm-host';
import { explainConvertError, type ConvertErrorCode, type ConvertErrorExplanation } from '../../../app/domain/explain-convert-error';
import { convertErrorText } from '../../../app/i18n/en-convert-failure';
import { kaizenContext } from '../../support/builders';

const zoho = (code: string, message: string, details: Record<string, unknown> = {}, httpStatus = 400): CrmError =>
  new CrmError({ kind: 'zoho', code, message, details, httpStatus, mayHaveExecuted: false, operation: 'convertLead' });
const transport = (init: Omit<CrmErrorInit, 'message'> & { message?: string }): CrmError =>
  new CrmError({ message: 'transport', operation: 'convertLead', ...init });
const converter: LeadConverter = {
  Contacts: { id: '4876876000007421001' },
  Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Pipeline: 'Standard (Standard)', Seats: 3 },
};
const P = '$.data[0]';

type Row = {
  name: string;
  error: unknown;
  expected: Partial<ConvertErrorExplanation> & { code: ConvertErrorCode };
  message: string;
  nextStep: string;
};

// One row per documented code of zoho-conversion-api.md §3.6 (INVALID_DATA split four ways) and per transport case.
const rows: Row[] = [
  {
    name: 'ID_ALREADY_CONVERTED → result view',
    error: zoho('ID_ALREADY_CONVERTED', 'id already converted', { resource_path_index: 1 }),
    expected: { code: 'ID_ALREADY_CONVERTED', reaction: 'show-result', field: null, duplicate: null },
    message: 'This lead has already been converted.',
    nextStep: 'Open the records it became below; there is nothing left to convert.',
  },
  {
    name: 'INVALID_DATA on the lead id (root, resource_path_index)',
    error: zoho('INVALID_DATA', 'invalid data', { resource_path_index: 1 }),
    expected: { code: 'INVALID_DATA_LEAD', reaction: 'explain', field: null },
    message: 'Zoho CRM no longer finds this lead. It may have been deleted or merged.',
    nextStep: 'Close this window and reload the lead page.',
  },
  {
    name: 'INVALID_DATA with api_name of a deal field → mark it',
    error: zoho('INVALID_DATA', 'invalid data', { maximum_length: 120, api_name: 'Deal_Name', json_path: `${P}.Deals.Deal_Name` }),
    expected: { code: 'INVALID_DATA_FIELD', reaction: 'mark-field', field: { apiName: 'Deal_Name', section: 'deal' } },
    message: 'Zoho CRM did not accept the value of the marked field.',
    nextStep: 'Correct the marked field, then click Convert again.',
  },
  {
    name: 'INVALID_DATA on the chosen contact → reload options',
    error: zoho('INVALID_DATA', 'give contact id is mismatched with the data', { api_name: 'Contacts', json_path: `${P}.Contacts.id` }),
    expected: { code: 'INVALID_DATA_CHOSEN_RECORD', reaction: 'reload-options', field: { apiName: 'Contacts', section: 'contact' } },
    message: 'The contact or account you chose has changed and no longer fits this lead.',
    nextStep: 'The matching records were loaded again; choose again, then click Convert.',
  },
  {
    name: 'INVALID_DATA "Non Subordinate User Found" → explain and mark the owner',
    error: zoho('INVALID_DATA', 'Non Subordinate User Found', { api_name: 'Owner', json_path: `${P}.Owner` }),
    expected: { code: 'NON_SUBORDINATE_USER', reaction: 'explain', field: { apiName: 'assign_to', section: 'owner' } },
    message: 'You can only give the new records to users who report to you.',
    nextStep: 'Choose yourself or someone in your team as owner, then click Convert again.',
  },
  {
    name: 'MANDATORY_NOT_FOUND → mark the deal field',
    error: zoho('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Closing_Date', json_path: `${P}.Deals.Closing_Date` }),
    expected: { code: 'MANDATORY_NOT_FOUND', reaction: 'mark-field', field: { apiName: 'Closing_Date', section: 'deal' } },
    message: 'Zoho CRM needs a value in the marked deal field.',
    nextStep: 'Fill in the marked field, then click Convert again.',
  },
  {
    name: "MAPPING_MISMATCH at Zoho's $.data[0].Stage → mark Stage in the deal",
    error: zoho('MAPPING_MISMATCH', "Pipeline doesn't contain the Stage", { mapped_field: 'Pipeline', api_name: 'Stage', json_path: `${P}.Stage` }),
    expected: { code: 'MAPPING_MISMATCH', reaction: 'mark-field', field: { apiName: 'Stage', section: 'deal' } },
    message: 'The chosen stage does not belong to the chosen pipeline.',
    nextStep: 'Pick a stage of this pipeline, then click Convert again.',
  },
  {
    name: 'DUPLICATE_DATA → show the existing contact',
    error: zoho('DUPLICATE_DATA', 'duplicate data', {
      api_name: 'Phone',
      json_path: `${P}.Contacts.Phone`,
      duplicate_record: { Owner: { name: 'Amelia Burrows', id: '4876876000000225013', zuid: '60012345' }, module: { api_name: 'Contacts', id: '4876876000000002179' }, id: '4876876000007421001' },
      more_records: false,
    }),
    expected: {
      code: 'DUPLICATE_DATA',
      reaction: 'show-duplicate',
      field: { apiName: 'Phone', section: 'contact' },
      duplicate: { module: 'Contacts', id: '4876876000007421001', ownerName: 'Amelia Burrows' },
    },
    message: 'Creating a new record would duplicate one that already exists in Zoho CRM.',
    nextStep: 'Add the lead to the existing record shown here instead.',
  },
  {
    name: 'RECORD_LOCKED → explain',
    error: zoho('RECORD_LOCKED', 'record under merge is locked', { resource_path_index: 1 }),
    expected: { code: 'RECORD_LOCKED', reaction: 'explain', field: null },
    message: 'The lead or a chosen record is locked (record locking or a merge in progress).',
    nextStep: 'Ask the person who locked it to unlock it, or wait until the merge finishes, then try again.',
  },
  {
    name: 'NOT_APPROVED → explain',
    error: zoho('NOT_APPROVED', 'cannot convert record that is not approved yet', { resource_path_index: 1 }),
    expected: { code: 'NOT_APPROVED', reaction: 'explain', field: null },
    message: 'The lead is waiting for approval, and Zoho CRM converts only approved leads.',
    nextStep: 'Ask the approver to approve the lead, then convert it.',
  },
  {
    name: 'NOT_REVIEWED → explain',
    error: zoho('NOT_REVIEWED', 'record in review', { resource_path_index: 1 }),
    expected: { code: 'NOT_REVIEWED', reaction: 'explain' },
    message: 'The lead is under review, and Zoho CRM converts it only after the review.',
    nextStep: 'Finish the review on the lead page, then convert it.',
  },
  {
    name: 'CANNOT_PERFORM_ACTION → explain',
    error: zoho('CANNOT_PERFORM_ACTION', 'cannot perform the action', { reason: 'blueprint' }),
    expected: { code: 'CANNOT_PERFORM_ACTION', reaction: 'explain', field: null },
    message: 'Zoho CRM cannot convert this lead in its current state.',
    nextStep: 'Open the lead page to see what blocks it (for example a Blueprint), then try again.',
  },
  {
    name: 'NOT_ALLOWED → explain, pointing at the field when Zoho names one',
    error: zoho('NOT_ALLOWED', 'not allowed', { api_name: 'move_attachments_to', json_path: `${P}.move_attachments_to` }),
    expected: { code: 'NOT_ALLOWED', reaction: 'explain', field: { apiName: 'move_attachments_to', section: 'attachments' } },
    message: 'Zoho CRM does not allow this conversion with the chosen settings.',
    nextStep: 'Check the marked choice or create new records instead, then try again.',
  },
  {
    name: 'REQUIRED_PARAM_MISSING → explain',
    error: zoho('REQUIRED_PARAM_MISSING', 'required param missing', { param_name: 'data' }),
    expected: { code: 'REQUIRED_PARAM_MISSING', reaction: 'explain' },
    message: 'The request to Zoho CRM was incomplete. This is a fault in Lead Convert.',
    nextStep: 'Convert the lead with Zoho’s own Convert button and report this to your administrator.',
  },
  {
    name: 'AUTHORIZATION_FAILED → explain',
    error: zoho('AUTHORIZATION_FAILED', 'User does not have sufficient privilege to create records'),
    expected: { code: 'AUTHORIZATION_FAILED', reaction: 'explain' },
    message: 'Your profile does not allow creating the records this conversion needs.',
    nextStep: 'Ask your CRM administrator for permission to create contacts, accounts and deals.',
  },
  {
    name: 'INVALID_REQUEST_METHOD → explain',
    error: zoho('INVALID_REQUEST_METHOD', 'The http request method type is not a valid one'),
    expected: { code: 'INVALID_REQUEST_METHOD', reaction: 'explain' },
    message: 'Zoho CRM refused the way Lead Convert asked. This is a fault in Lead Convert.',
    nextStep: 'Convert the lead with Zoho’s own Convert button and report this to your administrator.',
  },
  {
    name: 'OAUTH_SCOPE_MISMATCH → explain',
    error: zoho('OAUTH_SCOPE_MISMATCH', 'Unauthorized', {}, 401),
    expected: { code: 'OAUTH_SCOPE_MISMATCH', reaction: 'explain' },
    message: 'Lead Convert is not allowed to convert leads in this org.',
    nextStep: 'Ask your CRM administrator to reinstall the widget with permission to convert leads.',
  },
  {
    name: 'INVALID_TOKEN → explain',
    error: zoho('INVALID_TOKEN', 'invalid oauth token', {}, 401),
    expected: { code: 'INVALID_TOKEN', reaction: 'explain' },
    message: 'Your Zoho CRM session has expired.',
    nextStep: 'Reload the Zoho CRM page, sign in again, then open Lead Convert again.',
  },
  {
    name: 'AUTHENTICATION_FAILURE → explain',
    error: zoho('AUTHENTICATION_FAILURE', 'Authentication failed', {}, 401),
    expected: { code: 'AUTHENTICATION_FAILURE', reaction: 'explain' },
    message: 'Zoho CRM could not confirm who you are.',
    nextStep: 'Reload the Zoho CRM page, sign in again, then open Lead Convert again.',
  },
  {
    name: 'NO_PERMISSION → explain',
    error: zoho('NO_PERMISSION', 'Permission denied to create', { permissions: ['Crm_Implied_Convert_Leads'] }, 403),
    expected: { code: 'NO_PERMISSION', reaction: 'explain', field: null },
    message: 'Your profile does not allow converting leads.',
    nextStep: 'Ask your CRM administrator for the permission to convert leads.',
  },
  {
    name: 'INVALID_URL_PATTERN → explain',
    error: zoho('INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one', {}, 404),
    expected: { code: 'INVALID_URL_PATTERN', reaction: 'explain' },
    message: 'Zoho CRM did not recognise the request. This is a fault in Lead Convert.',
    nextStep: 'Convert the lead with Zoho’s own Convert button and report this to your administrator.',
  },
  {
    name: 'INVALID_MODULE → explain',
    error: zoho('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 }),
    expected: { code: 'INVALID_MODULE', reaction: 'explain' },
    message: 'Zoho CRM says this record is not a lead it can convert.',
    nextStep: 'Open Lead Convert from a lead in the Leads module.',
  },
  {
    name: '429 rate-limited → wait and retry',
    error: transport({ kind: 'rate-limited', code: 'TOO_MANY_REQUESTS', httpStatus: 429, mayHaveExecuted: false }),
    expected: { code: 'TOO_MANY_REQUESTS', reaction: 'retry-after-pause' },
    message: 'Zoho CRM is busy right now; nothing was changed.',
    nextStep: 'Lead Convert tries again by itself in a few seconds.',
  },
  {
    name: 'INTERNAL_ERROR (500) → reconcile before any retry',
    error: new CrmError({ kind: 'zoho', code: 'INTERNAL_ERROR', message: 'Internal Server Error', httpStatus: 500, mayHaveExecuted: true }),
    expected: { code: 'INTERNAL_ERROR', reaction: 'reconcile' },
    message: 'Zoho CRM had an internal problem; the conversion may or may not have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  {
    name: 'LIMIT_EXCEEDED → explain',
    error: zoho('LIMIT_EXCEEDED', 'Limit exceeded', { limit: 1, limit_due_to: [{ api_name: 'data', json_path: '$.data' }] }),
    expected: { code: 'LIMIT_EXCEEDED', reaction: 'explain' },
    message: 'A Zoho CRM limit was reached for this request.',
    nextStep: 'Wait a while and try again; if it keeps happening, ask your administrator about the API limits.',
  },
  {
    name: 'timeout → reconcile (never convert twice)',
    error: transport({ kind: 'timeout', mayHaveExecuted: true }),
    expected: { code: 'TIMEOUT', reaction: 'reconcile', field: null, duplicate: null },
    message: 'Zoho CRM did not answer in time; the conversion may or may not have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  {
    name: 'lost response → reconcile',
    error: transport({ kind: 'network', mayHaveExecuted: true }),
    expected: { code: 'NETWORK', reaction: 'reconcile' },
    message: 'The connection to Zoho CRM was lost; the conversion may or may not have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  {
    name: 'unreadable answer → reconcile (the request may have run)',
    error: transport({ kind: 'malformed', httpStatus: 200, mayHaveExecuted: false, message: 'no data list' }),
    expected: { code: 'MALFORMED', reaction: 'reconcile', detail: 'no data list' },
    message: 'Zoho CRM gave an answer Lead Convert could not read; the conversion may have happened.',
    nextStep: 'Lead Convert checks the lead first; try again only if it was not converted.',
  },
  {
    name: 'something that is not a CrmError → reconcile',
    error: new TypeError('boom'),
    expected: { code: 'UNKNOWN', reaction: 'reconcile', detail: null },
    message: 'The conversion failed for a reason Lead Convert does not know.',
    nextStep: 'Check the lead page to see whether it was converted, then try again or use Zoho’s own Convert button.',
  },
];

describe('explainConvertError — one test per documented code, with its message and next step', () => {
  it.each(rows)('$name', ({ error, expected, message, nextStep }) => {
    const explanation = explainConvertError(error, kaizenContext(), converter);
    expect(explanation).toMatchObject(expected);
    expect(convertErrorText[explanation.code]).toEqual({ message, nextStep });
  });

  it('every code with a text is covered by a row above', () => {
    expect(Object.keys(convertErrorText).sort()).toEqual([...new Set(rows.map((row) => row.expected.code))].sort());
  });
});

describe('explainConvertError — variants', () => {
  const explainIt = (error: unknown) => explainConvertError(error, kaizenContext(), converter);

  it.each([
    ['assign_to not an active user', zoho('INVALID_DATA', 'invalid data', { api_name: 'assign_to', json_path: `${P}.assign_to.id` }), 'INVALID_DATA_FIELD', 'mark-field', { apiName: 'assign_to', section: 'owner' }],
    ['a chosen account that is locked', zoho('INVALID_DATA', 'the related record is locked', { api_name: 'Accounts', json_path: `${P}.Accounts.id` }), 'INVALID_DATA_CHOSEN_RECORD', 'reload-options', { apiName: 'Accounts', section: 'account' }],
    ['mismatch message without details', zoho('INVALID_DATA', 'give account id is mismatched with the data'), 'INVALID_DATA_CHOSEN_RECORD', 'reload-options', { apiName: 'Accounts', section: 'account' }],
    ['a wrong tag list', zoho('INVALID_DATA', 'invalid data', { api_name: 'Contacts', json_path: `${P}.carry_over_tags.Contacts`, expected_data_type: 'jsonarray' }), 'INVALID_DATA_FIELD', 'mark-field', { apiName: 'carry_over_tags', section: 'tags' }],
    ['a custom deal field named without a path', zoho('INVALID_DATA', 'invalid data', { api_name: 'Seats' }), 'INVALID_DATA_FIELD', 'mark-field', { apiName: 'Seats', section: 'deal' }],
    ['MANDATORY_NOT_FOUND at the body root', zoho('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'data', json_path: '$.data' }), 'MANDATORY_NOT_FOUND', 'explain', null],
    ['DUPLICATE_DATA on Accounts by json_path only', zoho('DUPLICATE_DATA', 'duplicate data', { api_name: 'Phone', json_path: `${P}.Accounts.Phone`, duplicate_record: { id: '42' } }), 'DUPLICATE_DATA', 'show-duplicate', { apiName: 'Phone', section: 'account' }],
    ['DUPLICATE_DATA without a record', zoho('DUPLICATE_DATA', 'duplicate data', {}), 'DUPLICATE_DATA', 'explain', null],
    ['TOO_MANY_REQUESTS as a Zoho body', zoho('TOO_MANY_REQUESTS', 'too many', {}, 429), 'TOO_MANY_REQUESTS', 'retry-after-pause', null],
    ['INTERNAL_SERVER_ERROR spelling', zoho('INTERNAL_SERVER_ERROR', 'oops', {}, 500), 'INTERNAL_ERROR', 'reconcile', null],
    ['an undocumented 5xx code', zoho('SERVICE_DOWN', 'down', {}, 503), 'INTERNAL_ERROR', 'reconcile', null],
    ['an undocumented 4xx code', zoho('ALREADY_USED', 'already used'), 'UNKNOWN', 'explain', null],
    ['refused before sending', transport({ kind: 'invalid-input', mayHaveExecuted: false, message: 'bad id' }), 'UNKNOWN', 'explain', null],
  ] as const)('%s', (_name, error, code, reaction, field) => {
    expect(explainIt(error)).toMatchObject({ code, reaction, field });
  });

  it('keeps the duplicate module and id from json_path when Zoho names no module', () => {
    const error = zoho('DUPLICATE_DATA', 'duplicate data', { json_path: `${P}.Accounts.Phone`, duplicate_record: { id: '42', Owner: { name: 'X' } } });
    expect(explainIt(error).duplicate).toEqual({ module: 'Accounts', id: '42', ownerName: 'X' });
  });

  it("carries Zoho's message as the detail", () => {
    expect(explainIt(zoho('NOT_APPROVED', 'record not approved')).detail).toBe('record not approved');
  });
});
