import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, reviewAndConvert, section } from './helpers';

const openLead = (leadId: string) => ({ scenario: 'showcase', pageLoad: { Entity: 'Leads', EntityId: [leadId], ButtonPosition: 'DetailView' } });
const firstConvertItem = (log: Parameters<typeof convertBodies>[0]) => (convertBodies(log)[0] as { data: Record<string, unknown>[] }).data[0] ?? {};

describe('showcase leads', () => {
  it('converts a lead without Company into a contact only', async () => {
    const { crm, user } = await renderWidget(openLead(SHOWCASE_IDS.noCompany));

    expect(await screen.findByRole('heading', { name: 'Sol Solo' })).toBeInTheDocument();
    const accounts = await section('Account');
    expect(accounts.getByText(/no company/i, { selector: 'p' })).toBeInTheDocument();
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(screen.getByText('No account (the lead has no company).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contact: Sol Solo' })).toBeInTheDocument();
    expect(firstConvertItem(crm.log)).not.toHaveProperty('Accounts');
  });

  it('lets the account follow a contact linked elsewhere and offers overwrite', async () => {
    const { crm, user } = await renderWidget(openLead(SHOWCASE_IDS.otherAccount));

    expect(await screen.findByRole('heading', { name: 'Dora Different' })).toBeInTheDocument();
    const contacts = await section('Contact');
    await user.click(contacts.getByRole('radio', { name: 'Add to Dora Different' }));
    const accounts = await section('Account');
    expect(accounts.getAllByText(/Old Employer Inc/).length).toBeGreaterThan(0);
    const overwrite = screen.getByRole('checkbox', { name: /Update the contact's account name to 'New Horizons Ltd'/ });
    expect(overwrite).not.toBeChecked();
    await user.click(overwrite);
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    const item = firstConvertItem(crm.log);
    expect(item).toMatchObject({ overwrite: true, Contacts: { id: '3652397000007810005' } });
    const account = crm.snapshot().accounts.find((record) => record.id === '3652397000007820003');
    expect(account?.Account_Name).toBe('New Horizons Ltd');
  });

  it('shows a locked candidate disabled, with the reason', async () => {
    const { crm } = await renderWidget(openLead(SHOWCASE_IDS.lockedMatch));

    expect(await screen.findByRole('heading', { name: 'Liam Lockedmatch' })).toBeInTheDocument();
    const contacts = await section('Contact');
    const radio = contacts.getByRole('radio', { name: 'Add to Liam Lockedmatch' });
    expect(radio).toBeDisabled();
    expect(radio).toHaveAccessibleDescription(/locked/i);
    expect(crm.log.some((entry) => entry.operation === 'convert')).toBe(false);
  });
});
