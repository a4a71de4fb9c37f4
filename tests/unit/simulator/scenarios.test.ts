import { describe, expect, it } from 'vitest';
import { BULK_LEAD_COUNT } from '../../../app/host/simulator/scenarios/bulk-300';
import { listScenarios } from '../../../app/host/simulator/scenarios/list-scenarios';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import { call, convert, options } from './sim-test-utils';

describe('scenarios', () => {
  it('lists the named scenarios with a featured lead', () => {
    expect(listScenarios().map((s) => s.name)).toEqual(['showcase', 'kaizen-137', 'kaizen-137-case-2', 'bulk-300', 'no-contacts-module', 'large-matches', 'bulk-500', 'hostile']);
  });

  it.each(listScenarios())('$name loads, its featured lead is readable, ids are 19-digit strings', async (info) => {
    const crm = createSimulatedCrm({ scenario: info.name });
    expect(crm.scenario).toEqual(info);
    expect((await call(crm, 'GET', `/crm/v7/Leads/${info.featuredLeadId}`)).status).toBe(200);
    const { leads, contacts, accounts, deals, users } = crm.snapshot();
    for (const record of [...leads, ...contacts, ...accounts, ...deals, ...users]) expect(record.id).toMatch(/^\d{19}$/);
    expect(new Set(leads.map((l) => l.id)).size).toBe(leads.length);
  });

  it('throws on an unknown scenario', () => {
    expect(() => createSimulatedCrm({ scenario: 'nope' })).toThrow(/Unknown scenario "nope"/);
  });

  it('bulk-300 has 320 leads: ~70% clean, ~20% with matches, a few ineligible', async () => {
    const crm = createSimulatedCrm({ scenario: 'bulk-300' });
    const { leads } = crm.snapshot();
    expect(leads).toHaveLength(BULK_LEAD_COUNT);
    const ineligible = leads.filter((l) => l.$converted === true || l.Locked__s === true || l.$approval_state !== 'approved');
    expect(ineligible.length).toBe(32);
    let withMatches = 0;
    for (const lead of leads.filter((l) => !ineligible.includes(l))) {
      if ((await options(crm, lead.id)).status === 200) withMatches += 1;
    }
    expect(withMatches).toBe(64);
  });

  it('no-contacts-module answers 204 on conversion options for every lead, and refuses convert', async () => {
    const crm = createSimulatedCrm({ scenario: 'no-contacts-module' });
    for (const lead of crm.snapshot().leads) expect((await options(crm, lead.id)).status).toBe(204);
    expect((await convert(crm, crm.scenario.featuredLeadId)).body).toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('showcase: the Pat Boyle-like lead prefers Contacts, the account-only lead prefers Accounts', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    const pref = async (id: string) => ((await options(crm, id)).body as { __conversion_options: { module_preference: { api_name: string } | null } }).__conversion_options.module_preference?.api_name;
    expect(await pref(SHOWCASE_IDS.patBoyle)).toBe('Contacts');
    expect(await pref(SHOWCASE_IDS.accountOnly)).toBe('Accounts');
    expect(await pref(SHOWCASE_IDS.noMatches)).toBeUndefined();
  });

  it('snapshot() returns copies; reset() reseeds and notifies', async () => {
    const crm = createSimulatedCrm({ scenario: 'showcase' });
    crm.snapshot().leads[0]!.First_Name = 'Mutated';
    expect(crm.snapshot().leads[0]!.First_Name).toBe('Pat');
    await convert(crm, SHOWCASE_IDS.noMatches);
    let notified = 0;
    crm.subscribe(() => (notified += 1));
    crm.reset();
    expect(notified).toBe(1);
    expect(crm.snapshot().leads.find((l) => l.id === SHOWCASE_IDS.noMatches)?.$converted).toBe(false);
    crm.reset('kaizen-137');
    expect(crm.scenario.name).toBe('kaizen-137');
    expect(crm.snapshot().leads).toHaveLength(1);
  });
});
