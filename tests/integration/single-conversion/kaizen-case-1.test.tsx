import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KAIZEN_IDS } from '../../../app/host/simulator/scenarios/kaizen-137';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, fillDeal, section } from './helpers';

describe('Kaizen 137, Case I: merge into the existing Pat Boyle and create a deal', () => {
  it('sends the article’s Case I request and shows the records it became', async () => {
    const { crm, user, uiCalls } = await renderWidget({ scenario: 'kaizen-137', nextIds: ['4876876000007459060'] });

    expect(await screen.findByRole('heading', { name: 'Pat Boyle' })).toBeInTheDocument();
    const contacts = await section('Contact');
    // Phone is unique on Contacts: the Phone match is strong evidence, so Pat Boyle is suggested and preselected.
    expect(contacts.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
    expect(contacts.getByText(/Suggested/)).toBeInTheDocument();
    // The contact already belongs to Zylker Biotech, so the account follows it.
    const accounts = await section('Account');
    expect(accounts.getByRole('radio', { name: 'Add to Zylker Biotech' })).toBeChecked();

    await fillDeal(user, { name: 'Zylker Deal', closing: '2024-10-20', pipeline: 'Standard (Standard)', stage: 'Negotiation/Review', amount: '20000000' });
    await user.click(screen.getByRole('checkbox', { name: 'Notify the lead owner' }));
    await user.click(screen.getByRole('checkbox', { name: 'Notify the new owner' }));
    await user.click(screen.getByRole('button', { name: 'Review' }));

    const review = await screen.findByRole('region', { name: 'Review the conversion' });
    expect(within(review).getByText(/Zylker Deal/)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Convert' }));

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    const [body] = convertBodies(crm.log);
    const item = (body as { data: Record<string, unknown>[] }).data[0];
    expect(item).toMatchObject({
      notify_lead_owner: true,
      notify_new_entity_owner: true,
      Contacts: { id: KAIZEN_IDS.contactPatBoyle },
      Accounts: { id: KAIZEN_IDS.accountZylker },
      Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Stage: 'Negotiation/Review', Amount: 20000000, Pipeline: 'Standard (Standard)' },
    });
    // Same meaning as the article: its overwrite:true changes nothing here (the contact's account already has the
    // lead's Company as its name), and the owner stays the lead owner whether or not assign_to is sent.
    const assignTo: unknown = item?.assign_to ?? { id: KAIZEN_IDS.owner };
    expect(assignTo).toEqual({ id: KAIZEN_IDS.owner });
    expect(item).not.toHaveProperty('carry_over_tags');
    expect(convertBodies(crm.log)).toHaveLength(1);

    const deal = crm.snapshot().deals.find((record) => record.id === '4876876000007459060');
    expect(deal).toMatchObject({ Deal_Name: 'Zylker Deal', Amount: 20000000, Stage: 'Negotiation/Review' });

    // The follow-up fills what the existing records lack, but not the account's Phone: a hidden account holds the
    // lead's phone and Phone is unique on Accounts, so Zoho would refuse it. Every update and the note go through.
    expect(await screen.findByText('Added a note about this conversion to the contact.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry the update' })).not.toBeInTheDocument();
    const updates = crm.log.filter((entry) => entry.operation === 'updateRecord');
    expect(updates.every((entry) => entry.status === 200)).toBe(true);
    const accountUpdate = updates.find((entry) => entry.path.endsWith(KAIZEN_IDS.accountZylker));
    expect(JSON.stringify(accountUpdate?.body ?? {})).not.toContain('Phone');
    expect(crm.snapshot().accounts.find((record) => record.id === KAIZEN_IDS.accountZylker)?.Phone ?? null).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Contact: Pat Boyle' }));
    await user.click(screen.getByRole('button', { name: 'Account: Zylker Biotech' }));
    await user.click(screen.getByRole('button', { name: 'Deal: Zylker Deal' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(uiCalls.filter((call) => call.action !== 'Resize').map((call) => call.action)).toEqual(['Record.open', 'Record.open', 'Record.open', 'Popup.closeReload']);
    const opened = uiCalls.filter((call) => call.action === 'Record.open');
    expect(opened[0]?.data).toMatchObject({ Entity: 'Contacts', RecordID: KAIZEN_IDS.contactPatBoyle });
    expect(opened[2]?.data).toMatchObject({ Entity: 'Deals', RecordID: '4876876000007459060' });
  });
});
