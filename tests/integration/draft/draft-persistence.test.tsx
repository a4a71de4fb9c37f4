// The rep's choices survive a reload of the widget (kept per lead in session storage), are checked against the
// fresh options when they come back, and are gone once the lead is converted.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KAIZEN_IDS } from '../../../app/host/simulator/scenarios/kaizen-137';
import { draftKey } from '../../../app/state/draft-storage';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, fillDeal, reviewAndConvert, section } from '../single-conversion/helpers';

const KAIZEN = { scenario: 'kaizen-137' } as const;
const storedDraft = () => JSON.parse(sessionStorage.getItem(draftKey(KAIZEN_IDS.lead)) ?? 'null') as Record<string, unknown> | null;

describe('the draft of a conversion', () => {
  it('keeps the contact, the deal and the options through a reload of the widget', async () => {
    const first = await renderWidget(KAIZEN);
    const contacts = await section('Contact');
    await first.user.click(contacts.getByRole('radio', { name: 'Add to Boyle' }));
    await fillDeal(first.user, { name: 'Draft Deal', closing: '2030-05-01', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '1234' });
    await first.user.click(screen.getByRole('checkbox', { name: 'Notify the lead owner' }));
    expect(storedDraft()).toMatchObject({ contact: { kind: 'existing', id: KAIZEN_IDS.contactBoyle }, createDeal: true, deal: { Deal_Name: 'Draft Deal' }, notifyLeadOwner: true });
    first.unmount();

    const second = await renderWidget(KAIZEN);
    expect((await section('Contact')).getByRole('radio', { name: 'Add to Boyle' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Create a deal' })).toBeChecked();
    expect(await screen.findByLabelText(/^Deal Name/i)).toHaveValue('Draft Deal');
    expect(screen.getByLabelText(/^Amount/)).toHaveValue('1234');
    expect(screen.getByRole('checkbox', { name: 'Notify the lead owner' })).toBeChecked();
    expect(screen.queryByRole('status', { name: 'Some earlier choices no longer apply' })).not.toBeInTheDocument();

    await reviewAndConvert(second.user);
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect((convertBodies(second.crm.log)[0] as { data: Record<string, unknown>[] }).data[0]).toMatchObject({
      Contacts: { id: KAIZEN_IDS.contactBoyle },
      notify_lead_owner: true,
      Deals: { Deal_Name: 'Draft Deal', Amount: 1234 },
    });
    expect(sessionStorage.getItem(draftKey(KAIZEN_IDS.lead))).toBeNull();
  });

  it('drops a chosen contact Zoho no longer offers, says so, and applies the default instead', async () => {
    sessionStorage.setItem(draftKey(KAIZEN_IDS.lead), JSON.stringify({ contact: { kind: 'existing', id: '4876876000009999999' }, notifyNewOwner: true }));
    await renderWidget(KAIZEN);

    const notice = await screen.findByRole('status', { name: 'Some earlier choices no longer apply' });
    expect(notice).toHaveTextContent('The contact you had chosen is no longer offered by Zoho CRM');
    // The default (the contact holding the unique Phone) applies again; the rest of the draft is kept.
    expect((await section('Contact')).getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Notify the new owner' })).toBeChecked();
  });

  it.each([
    ['text that is not JSON', '{"contact": {"kind": "exist'],
    ['a list', '[1, 2, 3]'],
    ['wrong types everywhere', JSON.stringify({ contact: 'Boyle', account: 7, createDeal: 'yes', deal: ['x'], ownerId: { id: 1 }, attachmentsTo: 'Leads', carryOverTags: 'all' })],
    ['an id that is not a Zoho id', JSON.stringify({ contact: { kind: 'existing', id: '../Leads/1' }, account: { kind: 'existing', id: 'javascript:alert(1)' } })],
    ['an owner id that is not a Zoho id', JSON.stringify({ ownerId: '1 OR 1=1' })],
  ])('ignores %s in storage and opens with the defaults', async (_label, stored) => {
    sessionStorage.setItem(draftKey(KAIZEN_IDS.lead), stored);
    const { crm, user } = await renderWidget(KAIZEN);

    expect((await section('Contact')).getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Create a deal' })).not.toBeChecked();
    await reviewAndConvert(user);
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect((convertBodies(crm.log)[0] as { data: Record<string, unknown>[] }).data[0]).toMatchObject({ Contacts: { id: KAIZEN_IDS.contactPatBoyle } });
  });

  it('keeps the choices after a failed convert, for the reload that follows', async () => {
    const { user } = await renderWidget({ ...KAIZEN, faults: [{ kind: 'server-error', operation: 'convert' }] });
    await user.click((await section('Contact')).getByRole('radio', { name: 'Add to Boyle' }));
    await reviewAndConvert(user);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(storedDraft()).toMatchObject({ contact: { kind: 'existing', id: KAIZEN_IDS.contactBoyle } });
  });
});
