import { describe, expect, it } from 'vitest';
import type { BulkDecision, BulkRow, BulkSharedOptions } from '../../../app/api/bulk/bulk-types';
import type { ModuleInfo } from '../../../app/api/crm-host';
import { classifyRow } from '../../../app/domain/bulk/classify-row';
import { fillPlaceholders, massDealNameOf, planBulkRun, type BulkPlanInput } from '../../../app/domain/bulk/plan-bulk-run';
import { defaultSharedOptions } from '../../../app/state/bulk-store';
import { account, contact, fieldMatch, lead, options, standardDealSetup, user } from '../../support/builders';

const TODAY = '2024-09-20';
const modules: ModuleInfo[] = (['Contacts', 'Accounts', 'Deals'] as const).map((apiName, i) => ({
  apiName,
  id: `20${i}`,
  singularLabel: apiName,
  pluralLabel: apiName,
  visible: true,
  apiSupported: true,
}));

const readyRow = (n: number, overrides: Parameters<typeof lead>[0] = {}): BulkRow =>
  classifyRow(lead({ id: String(1000 + n), fullName: `Lead ${n}`, company: `Co ${n}`, ...overrides }), options());
const reviewRow = (n: number): BulkRow =>
  classifyRow(
    lead({ id: String(5000 + n), fullName: `Dup ${n}`, company: `Dup Co ${n}`, email: `dup${n}@example.com` }),
    options({ contacts: [contact({ id: `c${n}`, email: `dup${n}@example.com` })], matchedOn: { contacts: [fieldMatch('Email', `dup${n}@example.com`)], accounts: [] } }),
  );
const companyRow = (n: number): BulkRow =>
  classifyRow(lead({ id: String(7000 + n), company: 'Zylker' }), options({ accounts: [account({ id: `a${n}`, name: 'Zylker' })], matchedOn: { contacts: [], accounts: [fieldMatch('Account_Name', 'Zylker')] } }));

function input(rows: BulkRow[], decisions: Record<string, BulkDecision> = {}, shared: Partial<BulkSharedOptions> = {}): BulkPlanInput {
  return { rows, decisions, shared: { ...defaultSharedOptions, ...shared }, modules, dealSetup: standardDealSetup(), users: [user('900', 'Morgan Reed'), user('901', 'Other')], today: TODAY };
}

describe('planBulkRun — job sizes', () => {
  it.each([
    [0, 0, []],
    [1, 1, [1]],
    [50, 1, [50]],
    [51, 2, [50, 1]],
    [224, 5, [50, 50, 50, 50, 24]],
  ])('%i ready rows → %i jobs', (count, jobs, sizes) => {
    const plan = planBulkRun(input(Array.from({ length: count }, (_, i) => readyRow(i))));
    expect(plan.massJobs).toHaveLength(jobs);
    expect(plan.massJobs.map((job) => job.request.ids.length)).toEqual(sizes);
    expect(plan.massJobs.every((job) => job.request.ids === job.leadIds || job.request.ids.join() === job.leadIds.join())).toBe(true);
  });
});

describe('planBulkRun — decisions', () => {
  const rows = [readyRow(1), reviewRow(1), reviewRow(2), reviewRow(3), reviewRow(4), companyRow(1)];
  const cases: { name: string; decisions: Record<string, BulkDecision>; mass: number; singles: number; skipped: number; blocked: number }[] = [
    { name: 'no decisions: review rows blocked', decisions: {}, mass: 1, singles: 0, skipped: 0, blocked: 5 },
    { name: 'create new anyway goes mass', decisions: { '5001': { kind: 'create-new' } }, mass: 2, singles: 0, skipped: 0, blocked: 4 },
    { name: 'skip', decisions: { '5001': { kind: 'skip' }, '1001': { kind: 'skip' } }, mass: 0, singles: 0, skipped: 2, blocked: 4 },
    {
      name: 'merged into an existing contact → single',
      decisions: { '5001': { kind: 'resolved', choices: { contact: { kind: 'existing', id: 'c1' } } } },
      mass: 1,
      singles: 1,
      skipped: 0,
      blocked: 4,
    },
    {
      name: 'resolved all-new → mass',
      decisions: { '7001': { kind: 'resolved', choices: { contact: { kind: 'new' }, account: { kind: 'new' } } } },
      mass: 2,
      singles: 0,
      skipped: 0,
      blocked: 4,
    },
    {
      name: 'invalid choice (unknown candidate) → blocked',
      decisions: { '5002': { kind: 'resolved', choices: { contact: { kind: 'existing', id: 'nope' } } } },
      mass: 1,
      singles: 0,
      skipped: 0,
      blocked: 5,
    },
  ];
  it.each(cases)('$name', ({ decisions, mass, singles, skipped, blocked }) => {
    const plan = planBulkRun(input(rows, decisions));
    expect(plan.massJobs.flatMap((job) => job.leadIds)).toHaveLength(mass);
    expect(plan.singles).toHaveLength(singles);
    expect(plan.skipped).toHaveLength(skipped);
    expect(plan.blocked).toHaveLength(blocked);
  });

  it('a single carries the existing contact and the shared options', () => {
    const plan = planBulkRun(
      input(rows, { '5001': { kind: 'resolved', choices: { contact: { kind: 'existing', id: 'c1' } } } }, { ownerId: '901', notifyNewOwner: true, createDeal: true, deal: { Deal_Name: '{Lead name} – {Company}' } }),
    );
    const [single] = plan.singles;
    expect(single?.converter.Contacts).toEqual({ id: 'c1' });
    expect(single?.converter.assign_to).toEqual({ id: '901' });
    expect(single?.converter.notify_new_entity_owner).toBe(true);
    expect(single?.converter.Deals?.Deal_Name).toBe('Dup 1 – Dup Co 1');
  });

  it('cannot-convert and unreadable rows are left out', () => {
    const converted = classifyRow(lead({ id: '9', converted: true }), undefined);
    const plan = planBulkRun(input([converted, { ...readyRow(2), status: 'unreadable', lead: null, options: null }]));
    expect(plan.massJobs).toEqual([]);
    expect(plan.blocked).toEqual([]);
    expect(plan.skipped).toEqual([]);
  });
});

describe('planBulkRun — mass request', () => {
  it('module refs for carry_over_tags / move_attachments_to, owner, one Deals object without placeholders', () => {
    const tagged = readyRow(1, { tags: [{ id: 't', name: 'Hot', colorCode: null }] });
    const plan = planBulkRun(input([tagged], {}, { createDeal: true, ownerId: '901', attachmentsTo: 'Deals', deal: { Deal_Name: '{Company} – Q4' } }));
    const request = plan.massJobs[0]?.request;
    expect(request?.carry_over_tags).toEqual([
      { api_name: 'Contacts', id: '200' },
      { api_name: 'Accounts', id: '201' },
      { api_name: 'Deals', id: '202' },
    ]);
    expect(request?.move_attachments_to).toEqual({ api_name: 'Deals', id: '202' });
    expect(request?.assign_to).toEqual({ id: '901' });
    expect(request?.Deals).toMatchObject({ Deal_Name: 'Q4', Closing_Date: '2024-10-20' });
    expect(plan.massDealName).toBe('Q4');
  });

  it('no tags → no carry_over_tags; attachments to Deals without a deal fall back to Contacts; no Accounts ref without Company', () => {
    const plan = planBulkRun(input([readyRow(1, { company: null })], {}, { attachmentsTo: 'Deals', carryOverTags: true }));
    const request = plan.massJobs[0]?.request;
    expect(request?.carry_over_tags).toBeUndefined();
    expect(request?.move_attachments_to).toEqual({ api_name: 'Contacts', id: '200' });
    expect(request?.Deals).toBeUndefined();
    expect(request?.assign_to).toBeUndefined();
  });

  it('an invalid deal template blocks the mass rows with the template problem', () => {
    const plan = planBulkRun(input([readyRow(1)], {}, { createDeal: true, deal: { Deal_Name: '{Company}', Closing_Date: '2024-02-30' } }));
    expect(plan.massJobs).toEqual([]);
    expect(plan.sharedProblems).toEqual([{ kind: 'deal-field', apiName: 'Closing_Date', error: 'not-a-date' }]);
    expect(plan.blocked[0]?.problems[0]).toMatchObject({ kind: 'deal-template' });
  });
});

describe('planBulkRun — cost', () => {
  it.each([
    // ready, singles → minimum calls (submits + 1 poll each + read-backs + singles), credits = calls + 4 per single
    [0, 0, 0],
    [50, 0, 1 + 1 + 1],
    [120, 0, 3 + 3 + 2],
    [10, 2, 1 + 1 + 1 + 2],
  ])('%i ready + %i merged', (ready, merged, minimumCalls) => {
    const rows = [...Array.from({ length: ready }, (_, i) => readyRow(i)), ...Array.from({ length: merged }, (_, i) => reviewRow(i))];
    const decisions = Object.fromEntries(Array.from({ length: merged }, (_, i) => [String(5000 + i), { kind: 'resolved', choices: { contact: { kind: 'existing', id: `c${i}` } } } as BulkDecision]));
    const { cost } = planBulkRun(input(rows, decisions));
    expect(cost.minimumCalls).toBe(minimumCalls);
    expect(cost.calls).toBeGreaterThanOrEqual(cost.minimumCalls);
    expect(cost.credits).toBe(cost.calls + merged * 4);
  });
});

describe('deal names', () => {
  it.each([
    ['{Company}', 'Acme', 'Acme'],
    ['{Lead name} @ {Company}', 'Acme', 'Nina Nomatch @ Acme'],
    ['{Company}', null, 'Nina Nomatch'],
  ])('%s for company %s → %s', (template, company, expected) => {
    expect(fillPlaceholders(template, lead({ company }))).toBe(expected);
  });
  it.each([
    ['{Company}', 'Converted leads 2024-09-20'],
    ['{Company} – Q4', 'Q4'],
    ['Spring {Lead name} deal', 'Spring deal'],
  ])('mass name of %s → %s', (template, expected) => expect(massDealNameOf(template, TODAY)).toBe(expected));
});
