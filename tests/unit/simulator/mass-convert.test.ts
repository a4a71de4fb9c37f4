import { describe, expect, it } from 'vitest';
import { bulkKind, bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import { VALID_DEAL, call, manualClock } from './sim-test-utils';

const MASS = '/crm/v7/Leads/actions/mass_convert';

function setup() {
  const clock = manualClock();
  const crm = createSimulatedCrm({ scenario: 'bulk-300', clock, nextIds: ['5087451000099000001'] });
  return { clock, crm };
}

async function status(crm: ReturnType<typeof setup>['crm'], jobId: string) {
  const response = await call(crm, 'GET', MASS, { params: { job_id: jobId } });
  return (response.body as { data: Record<string, unknown>[] }).data[0];
}

describe('mass convert', () => {
  it('schedules a job (202, root) that progresses over simulated time with per-lead failures', async () => {
    const { clock, crm } = setup();
    const ids = Array.from({ length: 20 }, (_, i) => bulkLeadId(i));
    const response = await call(crm, 'POST', MASS, { body: { ids, Deals: VALID_DEAL } });
    expect(response).toMatchObject({ status: 202, body: { code: 'SCHEDULED', details: { job_id: '5087451000099000001' }, message: 'Mass Convert scheduled successfully', status: 'success' } });
    expect(await status(crm, '5087451000099000001')).toEqual({ Status: 'scheduled', Total_Count: 20, Converted_Count: 0, Not_Converted_Count: 20, Failed_Count: 0 });
    clock.advance(1000 + 450); // first second scheduled, then one lead every 100 ms
    expect(await status(crm, '5087451000099000001')).toMatchObject({ Status: 'in progress', Not_Converted_Count: 15 });
    clock.advance(5000);
    const failing = ids.filter((_, i) => bulkKind(i) !== 'clean' && bulkKind(i) !== 'company-match').length;
    expect(await status(crm, '5087451000099000001')).toEqual({ Status: 'completed', Total_Count: 20, Converted_Count: 20 - failing, Not_Converted_Count: 0, Failed_Count: failing });
    const { leads, deals } = crm.snapshot();
    const converted = leads.filter((l) => ids.includes(l.id) && l.$converted === true);
    expect(converted).toHaveLength(20 - failing + 1); // + the lead seeded as converted
    expect(deals).toHaveLength(20 - failing);
    // the email-match lead failed as a duplicate and stays unconverted
    expect(leads.find((l) => l.id === bulkLeadId(7))?.$converted).toBe(false);
  });

  it('never merges into existing records: a company-name match still gets a new account', async () => {
    const { clock, crm } = setup();
    const before = crm.snapshot().accounts.length;
    await call(crm, 'POST', MASS, { body: { ids: [bulkLeadId(8)] } });
    clock.advance(1000);
    expect(crm.snapshot().accounts.length).toBe(before + 1);
  });

  it('a failing job ends "failed" and converts nothing', async () => {
    const { clock, crm } = setup();
    crm.setFlags({ failMassConvertJobs: true });
    await call(crm, 'POST', MASS, { body: { ids: [bulkLeadId(0), bulkLeadId(1)] } });
    clock.advance(5000);
    expect(await status(crm, '5087451000099000001')).toEqual({ Status: 'failed', Total_Count: 2, Converted_Count: 0, Not_Converted_Count: 0, Failed_Count: 2 });
    expect(crm.snapshot().leads.find((l) => l.id === bulkLeadId(0))?.$converted).toBe(false);
  });

  const ids51 = Array.from({ length: 51 }, (_, i) => bulkLeadId(i));
  it.each([
    { name: 'LIMIT_EXCEEDED over 50 ids', body: { ids: ids51 }, code: 'LIMIT_EXCEEDED', details: { limit: 50, limit_due_to: [{ api_name: 'ids', json_path: '$.ids' }] } },
    { name: 'ids missing', body: {}, code: 'MANDATORY_NOT_FOUND', details: { api_name: 'ids', json_path: '$.ids' } },
    { name: 'id of the wrong type', body: { ids: [123] }, code: 'INVALID_DATA', details: { expected_data_type: 'long', api_name: 'ids', json_path: '$.ids[0]' } },
    { name: 'unknown lead id', body: { ids: [bulkLeadId(0), '5087451000000000009'] }, code: 'INVALID_DATA', details: { api_name: 'ids', json_path: '$.ids[1]' } },
    { name: 'Deals without Deal_Name', body: { ids: [bulkLeadId(0)], Deals: { ...VALID_DEAL, Deal_Name: undefined } }, code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Deal_Name', json_path: '$.Deals.Deal_Name' } },
    { name: 'stage outside the pipeline', body: { ids: [bulkLeadId(0)], Deals: { ...VALID_DEAL, Stage: 'Nope' } }, code: 'MAPPING_MISMATCH', details: { mapped_field: 'Pipeline', api_name: 'Stage', json_path: '$.Deals.Stage' } },
    { name: 'unknown assignee', body: { ids: [bulkLeadId(0)], assign_to: { id: '5087451000000000009' } }, code: 'INVALID_DATA', details: { api_name: 'id', json_path: '$.assign_to.id' } },
    { name: 'apply_assignment_threshold not boolean', body: { ids: [bulkLeadId(0)], apply_assignment_threshold: 'yes' }, code: 'INVALID_DATA', details: { api_name: 'apply_assignment_threshold', json_path: '$.apply_assignment_threshold' } },
  ])('validation: $name (root-level 400)', async ({ body, code, details }) => {
    const { crm } = setup();
    const response = await call(crm, 'POST', MASS, { body });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code, details, status: 'error' });
    expect(response.body).not.toHaveProperty('data');
  });

  it('NO_PERMISSION (403) for mass convert', async () => {
    const { crm } = setup();
    crm.setFlags({ massConvertPermission: false });
    const response = await call(crm, 'POST', MASS, { body: { ids: [bulkLeadId(0)] } });
    expect(response).toMatchObject({ status: 403, body: { code: 'NO_PERMISSION', details: { permissions: ['Crm_Implied_Mass_Convert_Leads'] } } });
  });

  it.each([
    { params: {}, code: 'REQUIRED_PARAM_MISSING', details: { param: 'job_id', json_path: '$.job_id' } },
    { params: { job_id: '42' }, code: 'INVALID_DATA', details: { param_name: 'job_id' } },
  ])('status errors: $code', async ({ params, code, details }) => {
    const { crm } = setup();
    const response = await call(crm, 'GET', MASS, { params });
    expect(response).toMatchObject({ status: 400, body: { code, details, status: 'error' } });
  });

  it('carries tags to the requested modules and gives records to the assignee', async () => {
    const clock = manualClock();
    const crm = createSimulatedCrm({ scenario: 'showcase', clock, nextIds: ['3652397000090000001', '3652397000090000002', '3652397000090000003'] });
    const tagged = '3652397000007800025';
    const response = await call(crm, 'POST', MASS, { body: { ids: [tagged], assign_to: { id: '3652397000000225003' }, carry_over_tags: [{ api_name: 'Contacts', id: '3652397000000002179' }] } });
    expect(response.status).toBe(202);
    clock.advance(1000);
    const contact = crm.snapshot().contacts.find((c) => c.id === '3652397000090000003');
    expect(contact).toMatchObject({ Owner: { id: '3652397000000225003' }, Tag: [{ name: 'Hot' }, { name: 'Webinar 2024' }, { name: 'VIP' }] });
  });
});
