import { describe, expect, it } from 'vitest';
import { buildOrgSeed } from '../../../app/host/simulator/org/build-org-seed';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { RENEWALS_LAYOUT_ID, sid } from '../../../app/host/simulator/scenarios/showcase-metadata';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import { call, options } from './sim-test-utils';

const crm = () => createSimulatedCrm({ scenario: 'showcase' });
const LEADS_LAYOUT = sid(91055);
const DEALS_LAYOUT = sid(91023);

type Layout = { id: string; convert_mapping?: { Deals: { id: string; fields: { api_name: string; required: boolean }[] } }; sections: { fields: Record<string, unknown>[] }[] };

describe('metadata endpoints', () => {
  it('Leads layouts carry convert_mapping with the Deals fields and their required flags', async () => {
    const { status, body } = await call(crm(), 'GET', '/crm/v7/settings/layouts', { params: { module: 'Leads' } });
    expect(status).toBe(200);
    const layout = (body as { layouts: Layout[] }).layouts[0]!;
    expect(layout.id).toBe(LEADS_LAYOUT);
    expect(layout.convert_mapping?.Deals.id).toBe(DEALS_LAYOUT);
    const required = layout.convert_mapping?.Deals.fields.filter((f) => f.required).map((f) => f.api_name);
    expect(required).toEqual(['Deal_Name', 'Closing_Date', 'Pipeline', 'Stage', 'Region', 'Go_Live_Date', 'Setup_Fee', 'Seats', 'PO_Reference']);
  });

  it('Deals layout sections describe fields with data types, lengths and picklist values', async () => {
    const { body } = await call(crm(), 'GET', `/crm/v7/settings/layouts/${DEALS_LAYOUT}`, { params: { module: 'Deals' } });
    const fields = (body as { layouts: Layout[] }).layouts[0]!.sections[0]!.fields;
    expect(fields.find((f) => f.api_name === 'Region')).toMatchObject({ data_type: 'picklist', required: true, field_label: 'Region', display_label: 'Region', read_only: false, pick_list_values: [{ display_value: 'Europe, Middle East & Africa', actual_value: 'EMEA' }, {}, {}] });
    expect(fields.find((f) => f.api_name === 'Setup_Fee')).toMatchObject({ data_type: 'currency', decimal_place: 2, length: 16 });
    expect(fields.find((f) => f.api_name === 'PO_Reference')).toMatchObject({ data_type: 'text', length: 20 });
  });

  it.each([
    { params: {}, status: 400, code: 'REQUIRED_PARAM_MISSING' },
    { params: { module: 'Potatoes' }, status: 400, code: 'INVALID_MODULE' },
  ])('layouts errors: $code', async ({ params, status, code }) => {
    expect(await call(crm(), 'GET', '/crm/v7/settings/layouts', { params })).toMatchObject({ status, body: { code, status: 'error' } });
  });

  it('pipelines of a Deals layout, with display ≠ actual values', async () => {
    const { status, body } = await call(crm(), 'GET', '/crm/v7/settings/pipeline', { params: { layout_id: DEALS_LAYOUT } });
    expect(status).toBe(200);
    const pipelines = (body as { pipeline: { display_value: string; actual_value: string; default: boolean; maps: { display_value: string; actual_value: string }[] }[] }).pipeline;
    expect(pipelines.map((p) => [p.display_value, p.actual_value, p.default])).toEqual([
      ['Standard (Standard)', 'Standard (Standard)', true],
      ['Enterprise Sales', 'Enterprise', false],
      ['Partner Channel', 'Partner Channel', false],
    ]);
    expect(pipelines[0]!.maps.find((s) => s.display_value === 'Identify Decision Makers')?.actual_value).toBe('Id. Decision Makers');
    const renewals = await call(crm(), 'GET', '/crm/v7/settings/pipeline', { params: { layout_id: RENEWALS_LAYOUT_ID } });
    expect((renewals.body as { pipeline: unknown[] }).pipeline).toHaveLength(1);
  });

  it.each([
    { params: {}, status: 400, body: { code: 'REQUIRED_PARAM_MISSING', details: { param_name: 'layout_id' } } },
    { params: { layout_id: '3652397000099999999' }, status: 400, body: { code: 'INVALID_DATA', details: { param_name: 'layout_id' }, message: 'Invalid layoutid' } },
  ])('pipeline errors: $body.code', async ({ params, status, body }) => {
    expect(await call(crm(), 'GET', '/crm/v7/settings/pipeline', { params })).toMatchObject({ status, body });
  });

  it('pipeline answers 204 for a Deals layout without pipelines; contact roles 204 when none', async () => {
    const sim = createSimulatedCrm({ seed: buildOrgSeed({ contactRoles: [], extraLayouts: { Deals: [{ id: '5550000000000091099', name: 'Bare' }] } }) });
    expect(await call(sim, 'GET', '/crm/v7/settings/pipeline', { params: { layout_id: '5550000000000091099' } })).toEqual({ status: 204, body: undefined, headers: {} });
    expect((await call(sim, 'GET', '/crm/v7/Contacts/roles')).status).toBe(204);
  });

  it('contact roles', async () => {
    const { body } = await call(crm(), 'GET', '/crm/v7/Contacts/roles');
    expect((body as { contact_roles: unknown[] }).contact_roles[0]).toEqual({ id: sid(6871), name: 'Purchasing', sequence_number: 1 });
  });

  it('users: active ones, the current one, info block', async () => {
    const active = await call(crm(), 'GET', '/crm/v7/users', { params: { type: 'ActiveUsers' } });
    const body = active.body as { users: { full_name: string; status: string }[]; info: Record<string, unknown> };
    expect(body.users.map((u) => u.full_name)).toEqual(['Morgan Reed', 'Jordan Lee', 'Priya Shah', 'Victor Hale (other team)']);
    expect(body.info).toEqual({ per_page: 200, count: 4, page: 1, more_records: false });
    const current = await call(crm(), 'GET', '/crm/v7/users', { params: { type: 'CurrentUser' } });
    expect((current.body as { users: { id: string; role: unknown }[] }).users).toEqual([expect.objectContaining({ id: SHOWCASE_IDS.currentUser, role: { name: 'Sales Manager', id: sid(203) } })]);
  });

  it('org answers the currency', async () => {
    const { body } = await call(crm(), 'GET', '/crm/v7/org');
    expect(body).toEqual({ org: [expect.objectContaining({ currency: 'Euro - EUR', currency_symbol: '€', iso_code: 'EUR', mc_status: false })] });
  });
});

describe('reading leads', () => {
  it('GET /Leads/{id} returns the record keys the widget needs (no seed-only keys)', async () => {
    const { status, body } = await call(crm(), 'GET', `/crm/v7/Leads/${SHOWCASE_IDS.tagged}`);
    expect(status).toBe(200);
    const lead = (body as { data: Record<string, unknown>[] }).data[0]!;
    for (const key of ['id', 'First_Name', 'Last_Name', 'Full_Name', 'Company', 'Email', 'Phone', 'Mobile', 'Owner', 'Layout', 'Tag', '$converted', '$converted_detail', '$approval_state', 'Locked__s', '$in_merge', '$editable']) {
      expect(lead).toHaveProperty([key]);
    }
    expect(lead).not.toHaveProperty('Attachments');
    expect(lead.Tag).toEqual([{ name: 'Hot', id: sid(9100003), color_code: '#F17574' }, expect.anything(), expect.anything()]);
  });

  it.each([
    { lead: SHOWCASE_IDS.converted, params: {}, status: 204 },
    { lead: SHOWCASE_IDS.converted, params: { converted: 'both' }, status: 200 },
    { lead: SHOWCASE_IDS.unapproved, params: {}, status: 204 },
    { lead: SHOWCASE_IDS.unapproved, params: { approved: 'false' }, status: 200 },
    { lead: SHOWCASE_IDS.noMatches, params: { converted: 'true' }, status: 204 },
    { lead: '3652397000099999999', params: {}, status: 400 },
  ])('GET lead $lead with $params → $status', async ({ lead, params, status }) => {
    const response = await call(crm(), 'GET', `/crm/v7/Leads/${lead}`, { params });
    expect(response.status).toBe(status);
    if (status === 400) expect(response.body).toEqual({ code: 'INVALID_DATA', details: { resource_path_index: 1 }, message: 'the given id seems to be invalid', status: 'error' });
  });

  it('GET /Leads?ids= returns the visible ones with info; 204 when none; >100 ids is an error', async () => {
    const ids = [SHOWCASE_IDS.patBoyle, SHOWCASE_IDS.converted, '3652397000099999999', SHOWCASE_IDS.noMatches].join(',');
    const { body } = await call(crm(), 'GET', '/crm/v7/Leads', { params: { ids, fields: 'Full_Name' } });
    expect(body).toEqual({ data: [{ id: SHOWCASE_IDS.patBoyle, Full_Name: 'Pat Boyle' }, { id: SHOWCASE_IDS.noMatches, Full_Name: 'Nina Nomatch' }], info: { per_page: 2, count: 2, page: 1, more_records: false } });
    expect((await call(crm(), 'GET', '/crm/v7/Leads', { params: { ids: SHOWCASE_IDS.converted } })).status).toBe(204);
    const many = Array.from({ length: 101 }, (_, i) => String(3652397000000000000n + BigInt(i))).join(',');
    expect(await call(crm(), 'GET', '/crm/v7/Leads', { params: { ids: many } })).toMatchObject({ status: 400, body: { code: 'LIMIT_EXCEEDED', status: 'error' } });
  });

  it('conversion options refuse the documented lead states (root, resource_path_index 1)', async () => {
    const sim = crm();
    expect((await options(sim, '3652397000099999999')).body).toEqual({ code: 'INVALID_DATA', details: { resource_path_index: 1 }, message: 'the given id seems to be invalid', status: 'error' });
    expect((await options(sim, SHOWCASE_IDS.unapproved)).body).toEqual({ code: 'NOT_APPROVED', details: { resource_path_index: 1 }, message: 'record not approved', status: 'error' });
    expect((await options(sim, SHOWCASE_IDS.merging)).body).toEqual({ code: 'RECORD_LOCKED', details: { resource_path_index: 1 }, message: 'record under merge is locked', status: 'error' });
  });
});
