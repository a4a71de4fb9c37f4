// One behaviour suite for every CrmHost implementation: concrete, documented outcomes through the port,
// against the simulated Zoho CRM (zoho-conversion-api.md, the Kaizen #137 article).
import { describe, expect, it } from 'vitest';
import { CrmError } from '../../app/api/crm-error';
import type { CrmHost, LeadConverter } from '../../app/api/crm-host';
import type { SimulatedCrm } from '../../app/host/simulator/simulated-crm-types';
import type { UiCall } from '../../app/host/simulator/stand-in-sdk/stand-in-types';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { sid } from '../../app/host/simulator/scenarios/showcase-metadata';
import type { ManualClock } from './contract-org';

export type ContractSubject = { host: CrmHost; crm: SimulatedCrm; clock: ManualClock; uiCalls: UiCall[] };
export type MakeHost = (scenario: string, setup?: (crm: SimulatedCrm) => void) => Promise<ContractSubject>;

const BOYLE = '4876876000007437017';
const PAT_BOYLE = '4876876000007421001';
const ZYLKER_BIOTECH = '4876876000007421010';
const S = SHOWCASE_IDS;

const CASE_ONE: LeadConverter = {
  overwrite: true,
  notify_lead_owner: true,
  notify_new_entity_owner: true,
  Accounts: { id: ZYLKER_BIOTECH },
  Contacts: { id: PAT_BOYLE },
  Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Amount: 20000000, Pipeline: 'Standard (Standard)' },
};

async function failure(work: Promise<unknown>): Promise<CrmError> {
  const error = await work.then(
    () => new Error('expected a CrmError, the call succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CrmError);
  return error as CrmError;
}

export function describeCrmHostContract(label: string, makeHost: MakeHost): void {
  describe(`CrmHost contract: ${label}`, () => {
    const kaizen = async (setup?: (crm: SimulatedCrm) => void) => {
      const subject = await makeHost('kaizen-137', setup);
      return { ...subject, lead: subject.crm.scenario.featuredLeadId };
    };

    it('reads the Pat Boyle lead', async () => {
      const { host, lead } = await kaizen();
      await expect(host.getLead(lead)).resolves.toMatchObject({
        id: lead,
        firstName: 'Pat',
        lastName: 'Boyle',
        fullName: 'Pat Boyle',
        company: 'Zylker Biotech',
        email: 'pat.boyle@zylker.com',
        phone: '9844444444',
        converted: false,
        approvalState: 'approved',
        locked: false,
      });
      const leads = await host.getLeads([lead]);
      expect(leads.map((l) => [l.id, l.fullName])).toEqual([[lead, 'Pat Boyle']]);
    });

    it('offers the two contacts and the account of the article, with what matched', async () => {
      const { host, lead } = await kaizen();
      const options = await host.getConversionOptions(lead);
      if (!options.available) throw new Error('expected conversion options');
      expect(options.modulePreference?.apiName).toBe('Contacts');
      expect(options.contacts.map((c) => [c.id, c.fullName]).sort()).toEqual([
        [PAT_BOYLE, 'Pat Boyle'],
        [BOYLE, 'Boyle'],
      ].sort());
      expect(options.contacts.find((c) => c.id === PAT_BOYLE)?.account).toMatchObject({ id: ZYLKER_BIOTECH, name: 'Zylker Biotech' });
      expect(options.accounts.map((a) => [a.id, a.name])).toEqual([[ZYLKER_BIOTECH, 'Zylker Biotech']]);
      expect(options.matchedOn.contacts.map((m) => [m.apiName, m.value])).toEqual([
        ['Phone', '9844444444'],
        ['Email', 'pat.boyle@zylker.com'],
      ]);
      expect(options.matchedOn.accounts.map((m) => [m.apiName, m.value])).toEqual([
        ['Account_Name', 'Zylker Biotech'],
        ['Phone', '9844444444'],
      ]);
    });

    it('answers "not available" when the Contacts module is removed (204)', async () => {
      const { host, crm } = await makeHost('no-contacts-module');
      await expect(host.getConversionOptions(crm.scenario.featuredLeadId)).resolves.toEqual({ available: false });
      // A 204 also means "no matches" in orgs without extra layouts; the module list tells the two apart.
      const contacts = (await host.getModules()).find((module) => module.apiName === 'Contacts');
      expect(contacts).toMatchObject({ visible: false, id: expect.stringMatching(/^[0-9]+$/) });
    });

    it('answers "no matches" for a 204 when the Contacts module is there', async () => {
      const { host, crm } = await makeHost('bulk-300');
      // bulk-300 has one layout per module, so its first lead (no duplicates) gets a 204 from Zoho.
      const options = await host.getConversionOptions(crm.scenario.featuredLeadId);
      expect(options).toEqual({ available: true, modulePreference: null, contacts: [], accounts: [], matchedOn: { contacts: [], accounts: [] }, modulesWithMultipleLayouts: [] });
    });

    it('lists the org modules with their ids (mass convert refers to modules by id)', async () => {
      const { host } = await kaizen();
      const modules = await host.getModules();
      expect(modules.find((module) => module.apiName === 'Contacts')).toEqual({
        apiName: 'Contacts',
        id: '4876876000000002179',
        singularLabel: 'Contact',
        pluralLabel: 'Contacts',
        visible: true,
        apiSupported: true,
      });
      expect(modules.map((module) => module.apiName)).toEqual(expect.arrayContaining(['Leads', 'Contacts', 'Accounts', 'Deals']));
    });

    it('converts Case I into the existing contact and account plus a new deal, exactly once', async () => {
      const { host, lead } = await kaizen();
      const result = await host.convertLead(lead, CASE_ONE);
      expect(result).toMatchObject({
        kind: 'converted',
        contact: { id: PAT_BOYLE, name: 'Pat Boyle' },
        account: { id: ZYLKER_BIOTECH, name: 'Zylker Biotech' },
        deal: { name: 'Zylker Deal' },
      });
      await expect(host.getLead(lead)).resolves.toMatchObject({ id: lead, converted: true });
      const again = await failure(host.convertLead(lead, CASE_ONE));
      expect(again).toMatchObject({ kind: 'zoho', code: 'ID_ALREADY_CONVERTED', mayHaveExecuted: false, operation: 'convertLead' });
    });

    it('reports MAPPING_MISMATCH with its details when the stage is not in the pipeline', async () => {
      const { host, lead } = await kaizen();
      const converter = { ...CASE_ONE, Deals: { ...CASE_ONE.Deals!, Stage: 'Not A Stage Of This Pipeline' } };
      const error = await failure(host.convertLead(lead, converter));
      expect(error).toMatchObject({ kind: 'zoho', code: 'MAPPING_MISMATCH', mayHaveExecuted: false });
      expect(error.details).toMatchObject({ mapped_field: 'Pipeline', api_name: 'Stage' });
      await expect(host.getLead(lead)).resolves.toMatchObject({ converted: false });
    });

    it('reports a 429 as rate-limited and not executed', async () => {
      const { host, lead } = await kaizen((crm) => crm.addFault({ kind: 'rate-limit', operation: 'convert' }));
      const error = await failure(host.convertLead(lead, CASE_ONE));
      expect(error).toMatchObject({ kind: 'rate-limited', mayHaveExecuted: false });
      await expect(host.getLead(lead)).resolves.toMatchObject({ converted: false });
    });

    it('reports an answer lost after the commit as a network error that may have executed', async () => {
      const { host, lead } = await kaizen((crm) => crm.addFault({ kind: 'lost-after-commit', operation: 'convert' }));
      const error = await failure(host.convertLead(lead, CASE_ONE));
      expect(error).toMatchObject({ kind: 'network', mayHaveExecuted: true, operation: 'convertLead' });
      await expect(host.getLead(lead)).resolves.toMatchObject({ converted: true });
    });

    it('gives up on a call that never answers with a timeout', async () => {
      const { host, lead } = await kaizen((crm) => crm.addFault({ kind: 'never-answers', operation: 'conversionOptions' }));
      const error = await failure(host.getConversionOptions(lead));
      expect(error).toMatchObject({ kind: 'timeout', mayHaveExecuted: false, operation: 'getConversionOptions' });
    });

    it('reports a convert that never answers as a timeout that may have executed', async () => {
      const { host, lead } = await kaizen((crm) => crm.addFault({ kind: 'never-answers', operation: 'convert' }));
      await expect(failure(host.convertLead(lead, CASE_ONE))).resolves.toMatchObject({ kind: 'timeout', mayHaveExecuted: true });
    });

    it('refuses a truncated body as malformed', async () => {
      const { host, lead } = await kaizen((crm) => crm.addFault({ kind: 'malformed-body', operation: 'conversionOptions' }));
      await expect(failure(host.getConversionOptions(lead))).resolves.toMatchObject({ kind: 'malformed' });
    });

    it('schedules a mass convert and follows the job to completion', async () => {
      const { host, crm, clock } = await makeHost('bulk-300');
      const ids = crm.snapshot().leads.slice(0, 3).map((lead) => lead.id);
      const { jobId } = await host.massConvert({ ids });
      expect(jobId).toMatch(/^[0-9]+$/);
      await expect(host.getMassConvertStatus(jobId)).resolves.toMatchObject({ state: 'scheduled', total: 3 });
      clock.advance(60_000);
      await expect(host.getMassConvertStatus(jobId)).resolves.toMatchObject({ state: 'completed', total: 3, converted: 3, failed: 0 });
      const leads = await host.getLeads(ids);
      expect(leads.every((lead) => lead.converted)).toBe(true);
    });

    it('reads the metadata a conversion form needs', async () => {
      const { host, lead } = await kaizen();
      const { layout } = await host.getLead(lead);
      const leadsLayouts = await host.getLayouts('Leads');
      expect(leadsLayouts.map((l) => l.id)).toContain(layout?.id);
      const leadsLayout = await host.getLayout('Leads', layout!.id);
      const dealsLayoutId = leadsLayout.convertMapping?.Deals?.id;
      expect(dealsLayoutId).toMatch(/^[0-9]+$/);
      expect((await host.getLayouts('Deals')).map((l) => l.id)).toContain(dealsLayoutId);
      const pipelines = await host.getPipelines(dealsLayoutId!);
      const standard = pipelines.find((p) => p.actualValue === 'Standard (Standard)');
      expect(standard?.stages.map((s) => s.actualValue)).toContain('Negotiation/Review');
      const roles = await host.getContactRoles();
      expect(roles.every((role) => /^[0-9]+$/.test(role.id) && role.name !== '')).toBe(true);
      const me = await host.getCurrentUser();
      expect(me).toMatchObject({ fullName: 'Amelia Burrows', email: 'amelia.burrows@zylker.com' });
      expect((await host.getActiveUsers()).map((u) => u.id)).toContain(me.id);
      await expect(host.getOrg()).resolves.toMatchObject({ companyName: 'Zylker', isoCode: 'USD', currencySymbol: '$' });
    });

    it('reads one contact and one account with all their fields', async () => {
      const { host } = await makeHost('showcase');
      const contact = await host.getRecord('Contacts', S.contactMiaMerge);
      expect(contact).toMatchObject({ id: S.contactMiaMerge, fullName: 'Mia Merge', account: { id: S.accountMergely, name: 'Mergely GmbH' } });
      expect(contact.fields).toMatchObject({ Phone: '+49 30 5550 1999', Title: 'Operations Manager', Mobile: null });
      await expect(host.getRecord('Accounts', S.accountMergely)).resolves.toMatchObject({ name: 'Mergely GmbH', website: 'https://mergely.example' });
      const unknown = await failure(host.getRecord('Contacts', '1234567890123456789'));
      expect(unknown).toMatchObject({ kind: 'zoho', code: 'INVALID_DATA' });
      const badId = await failure(host.getRecord('Contacts', '12; DROP'));
      expect(badId.kind).toBe('invalid-input');
    });

    it('searches by word, phone and email; nothing found is an empty list', async () => {
      const { host, crm } = await makeHost('showcase');
      const ids = (list: { id: string }[]) => list.map((record) => record.id);
      expect(ids(await host.searchRecords('Contacts', { by: 'word', value: 'Searchme' }))).toEqual([S.contactSaraSearchme]);
      // Zoho's own matching misses this number (country code); the phone search finds it.
      expect(ids(await host.searchRecords('Contacts', { by: 'phone', value: '+1 415 555 0142' }))).toEqual([S.contactSaraSearchme]);
      expect(ids(await host.searchRecords('Contacts', { by: 'email', value: 'SARA.searchme@oldjob.example' }))).toEqual([S.contactSaraSearchme]);
      expect(ids(await host.searchRecords('Accounts', { by: 'word', value: 'mergely' }))).toEqual([S.accountMergely]);
      await expect(host.searchRecords('Contacts', { by: 'word', value: 'Zzyzx' })).resolves.toEqual([]);
      const tooShort = await failure(host.searchRecords('Contacts', { by: 'word', value: 'a' }));
      expect(tooShort.kind).toBe('invalid-input');
      const searches = crm.log.filter((entry) => entry.operation === 'searchRecords');
      expect(searches.map((entry) => [entry.params, entry.credits])).toEqual([
        [{ word: 'Searchme' }, 1],
        [{ phone: '+1 415 555 0142' }, 1],
        [{ email: 'SARA.searchme@oldjob.example' }, 1],
        [{ word: 'mergely' }, 1],
        [{ word: 'Zzyzx' }, 1],
      ]);
    });

    it('updates exactly the given fields of a record, once per call', async () => {
      const { host, crm } = await makeHost('showcase');
      await expect(host.updateRecord('Contacts', S.contactMiaMerge, { Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202' })).resolves.toEqual({ id: S.contactMiaMerge });
      const contact = crm.snapshot().contacts.find((record) => record.id === S.contactMiaMerge);
      expect(contact).toMatchObject({ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Title: 'Operations Manager', Email: 'mia.merge@mergely.example' });
      const puts = crm.log.filter((entry) => entry.operation === 'updateRecord');
      expect(puts.map((entry) => [entry.method, entry.path, entry.body, entry.credits])).toEqual([
        ['PUT', `/crm/v7/Contacts/${S.contactMiaMerge}`, { data: [{ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202' }] }, 1],
      ]);
    });

    it('reports Zoho\'s refusals of an update: a locked record, a unique value another contact holds', async () => {
      const { host } = await makeHost('showcase');
      // Contact "Liam Lockedmatch" is locked (Locked__s).
      const locked = await failure(host.updateRecord('Contacts', sid(7810007), { Title: 'x' }));
      expect(locked).toMatchObject({ kind: 'zoho', code: 'RECORD_LOCKED' });
      // Phone is unique on showcase contacts and contact "Pat Boyle" holds 98444 44444.
      const duplicate = await failure(host.updateRecord('Contacts', S.contactMiaMerge, { Phone: '9844444444' }));
      expect(duplicate).toMatchObject({ kind: 'zoho', code: 'DUPLICATE_DATA', details: { api_name: 'Phone' } });
      const empty = await failure(host.updateRecord('Contacts', S.contactMiaMerge, {}));
      expect(empty.kind).toBe('invalid-input');
      const system = await failure(host.updateRecord('Contacts', S.contactMiaMerge, { $editable: false }));
      expect(system.kind).toBe('invalid-input');
    });

    it('adds a note to a contact', async () => {
      const { host, crm } = await makeHost('showcase');
      const { id } = await host.addNote({ module: 'Contacts', id: S.contactMiaMerge }, { title: 'Lead conversion', content: 'Merged from lead Mia Merge.' });
      expect(crm.snapshot().notes).toEqual([
        expect.objectContaining({ id, Note_Title: 'Lead conversion', Note_Content: 'Merged from lead Mia Merge.', Parent_Id: expect.objectContaining({ id: S.contactMiaMerge }) }),
      ]);
      const posts = crm.log.filter((entry) => entry.operation === 'addNote');
      expect(posts.map((entry) => [entry.method, entry.path, entry.status, entry.credits])).toEqual([['POST', `/crm/v7/Contacts/${S.contactMiaMerge}/Notes`, 201, 1]]);
    });

    it('carries openRecord, closePopup and resize to CRM', async () => {
      const { host, uiCalls } = await kaizen();
      await host.openRecord({ module: 'Contacts', id: PAT_BOYLE });
      await host.openRecord({ module: 'Deals', id: ZYLKER_BIOTECH, newTab: true });
      await host.closePopup({ reload: true });
      await host.closePopup({ reload: false });
      await host.resize({ width: 900, height: 640 });
      expect(uiCalls).toEqual([
        { action: 'Record.open', data: { Entity: 'Contacts', RecordID: PAT_BOYLE } },
        { action: 'Record.open', data: { Entity: 'Deals', RecordID: ZYLKER_BIOTECH, Target: '_blank' } },
        { action: 'Popup.closeReload', data: null },
        { action: 'Popup.close', data: null },
        { action: 'Resize', data: { width: 900, height: 640 } },
      ]);
    });
  });
}
