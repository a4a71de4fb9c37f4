// Ids inside request bodies come from earlier answers and from the rep's saved draft: a forged one must be
// refused before the request leaves the widget, exactly like an id in a URL path.
import { describe, expect, it } from 'vitest';
import type { LeadConverter, MassConvertRequest } from '../../../app/api/crm-host';
import { createZohoCrmHost } from '../../../app/host/zoho/zoho-crm-host';
import { fakeTransport, recordingUi } from './fake-transport';
import { CONVERTED, SCHEDULED } from './zoho-fixtures';

const LEAD = '4876876000007400001';
const deal = { Deal_Name: 'D', Closing_Date: '2026-01-31', Stage: 'Qualification' };

function host(body: unknown) {
  const { transport, requests } = fakeTransport(() => ({ status: 200, body }));
  return { host: createZohoCrmHost(transport, recordingUi().ui), requests };
}

describe('ids in a convert body', () => {
  it.each<[string, LeadConverter]>([
    ['a contact id with a path in it', { Contacts: { id: '1/../2' } }],
    ['an account id with letters', { Accounts: { id: '12a' } }],
    ['an owner id that is a number-like string with spaces', { assign_to: { id: ' 1' } }],
    ['an attachment target id', { move_attachments_to: { api_name: 'Contacts', id: 'javascript:alert(1)' } }],
    ['a contact role id', { Deals: { ...deal, Contact_Role: '<img src=x>' } }],
  ])('refuses %s before sending', async (_label, converter) => {
    const { host: crm, requests } = host(CONVERTED);
    await expect(crm.convertLead(LEAD, converter)).rejects.toMatchObject({ kind: 'invalid-input', operation: 'convertLead' });
    expect(requests).toEqual([]);
  });

  it('sends a body whose ids are all digit strings', async () => {
    const { host: crm, requests } = host(CONVERTED);
    await crm.convertLead(LEAD, { Contacts: { id: '11' }, Accounts: { id: '12' }, assign_to: { id: '13' }, Deals: { ...deal, Contact_Role: '14' } });
    expect(requests).toHaveLength(1);
  });
});

describe('ids in a mass-convert body', () => {
  it.each<[string, Partial<MassConvertRequest>]>([
    ['an owner id', { assign_to: { id: 'x' } }],
    ['a tag id', { carry_over_tags: [{ api_name: 'Hot', id: '1 OR 1=1' }] }],
    ['a related record id', { related_modules: [{ api_name: 'Campaigns', id: '' }] }],
  ])('refuses %s before sending', async (_label, extra) => {
    const { host: crm, requests } = host(SCHEDULED);
    await expect(crm.massConvert({ ids: [LEAD], ...extra })).rejects.toMatchObject({ kind: 'invalid-input', operation: 'massConvert' });
    expect(requests).toEqual([]);
  });
});
