import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, reviewAndConvert, section } from './helpers';

describe('Kaizen 137, Case II: create new records', () => {
  it('sends no Contacts/Accounts ids, so Zoho creates both, and shows them', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137-case-2', nextIds: ['4876876000007482059', '4876876000007482056'] });
    const contactsBefore = crm.snapshot().contacts.length;

    await user.click((await section('Contact')).getByRole('radio', { name: /Create new contact/ }));
    await user.click((await section('Account')).getByRole('radio', { name: /Create new account/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Notify the lead owner' }));
    await user.click(screen.getByRole('checkbox', { name: 'Notify the new owner' }));
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    const bodies = convertBodies(crm.log) as { data: Record<string, unknown>[] }[];
    expect(bodies).toHaveLength(1);
    const item = bodies[0]?.data[0] ?? {};
    expect(item).toMatchObject({ notify_lead_owner: true, notify_new_entity_owner: true });
    expect(item).not.toHaveProperty('Contacts');
    expect(item).not.toHaveProperty('Accounts');
    expect(item).not.toHaveProperty('Deals');
    expect(screen.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account: Zylker Biotech' })).toBeInTheDocument();
    expect(screen.getByText('No deal was created.')).toBeInTheDocument();
    expect(crm.snapshot().contacts).toHaveLength(contactsBefore + 1);
  });
});
