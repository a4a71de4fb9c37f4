import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, reviewAndConvert } from './helpers';

const openLead = (leadId: string) => ({ scenario: 'showcase', pageLoad: { Entity: 'Leads', EntityId: [leadId], ButtonPosition: 'DetailView' } });
const firstItem = (log: Parameters<typeof convertBodies>[0]) => (convertBodies(log)[0] as { data: Record<string, unknown>[] }).data[0] ?? {};

describe('the deal section', () => {
  it('refuses Review until the layout’s required fields are valid, then sends them typed', async () => {
    const { crm, user } = await renderWidget(openLead(SHOWCASE_IDS.patBoyle));

    await screen.findByRole('group', { name: 'Contact' });
    expect(screen.queryByLabelText(/^Region/)).not.toBeInTheDocument();
    await user.click(await screen.findByRole('switch', { name: 'Create a deal' }));
    const region = await screen.findByLabelText(/^Region/);
    // Nothing is marked before the rep touches a field or presses Review.
    expect(region).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Review' }));

    expect(region).toHaveAttribute('aria-invalid', 'true');
    expect(region).toHaveAccessibleDescription('Required.');
    expect(region).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();

    await user.selectOptions(region, 'EMEA'); // shown as “Europe, Middle East & Africa”
    await user.type(screen.getByLabelText(/^Go-live Date/), '2025-01-15');
    const setupFee = screen.getByLabelText(/^Setup Fee/);
    await user.type(setupFee, '-5');
    await user.tab();
    expect(setupFee).toHaveAccessibleDescription('Enter zero or more.');
    await user.clear(setupFee);
    await user.type(setupFee, '1500.50');
    await user.type(screen.getByLabelText(/^Seats/), '25');
    await user.type(screen.getByLabelText(/^PO Reference/), 'PO-7');
    // A pipeline brings its own stages: only those are offered, and the actual value is sent.
    await user.selectOptions(screen.getByLabelText(/^Pipeline/), 'Enterprise Sales');
    const stage = screen.getByLabelText(/^Stage/);
    expect(within(stage).getAllByRole('option').map((option) => option.textContent)).toEqual(
      ['— Choose —', 'Discovery', 'Security Review', 'Procurement', 'Closed Won', 'Closed Lost'],
    );
    await user.selectOptions(stage, 'Security Review');
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(firstItem(crm.log).Deals).toMatchObject({
      Pipeline: 'Enterprise',
      Stage: 'Sec. Review',
      Region: 'EMEA',
      Go_Live_Date: '2025-01-15',
      Setup_Fee: 1500.5,
      Seats: 25,
      PO_Reference: 'PO-7',
    });
  });

  it('keeps the duplicate screen usable while the deal metadata fails, and retries only that', async () => {
    const { crm, user } = await renderWidget({ ...openLead(SHOWCASE_IDS.patBoyle), faults: [{ kind: 'server-error', operation: 'pipelines' }] });

    expect(await screen.findByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
    await user.click(await screen.findByRole('switch', { name: 'Create a deal' }));
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('The deal fields could not be loaded.');
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByLabelText(/^Pipeline/)).toBeInTheDocument();
    expect(crm.log.filter((entry) => entry.operation === 'pipelines').map((entry) => entry.status)).toEqual([500, 200]);
    expect(crm.log.filter((entry) => entry.operation === 'getLead')).toHaveLength(1);
  });
});

describe('the options section', () => {
  it('sends the chosen owner, notifications, attachment target and tags per module', async () => {
    const { crm, user } = await renderWidget(openLead(SHOWCASE_IDS.tagged));

    const owner = await screen.findByRole('combobox', { name: 'Owner of the new records' });
    expect(owner).toHaveDisplayValue('Jordan Lee');
    await user.selectOptions(owner, 'Priya Shah');
    await user.click(screen.getByRole('radio', { name: 'Account' }));
    // A deal does not exist unless created, so it cannot receive attachments or tags yet.
    expect(screen.queryByRole('radio', { name: 'Deal' })).not.toBeInTheDocument();
    const contactTags = screen.getByRole('group', { name: 'Tags for the new contact' });
    await user.click(within(contactTags).getByRole('checkbox', { name: 'VIP' }));
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    const item = firstItem(crm.log);
    expect(item).toMatchObject({
      assign_to: { id: '3652397000000225005' },
      move_attachments_to: { api_name: 'Accounts' },
      carry_over_tags: { Contacts: ['Hot', 'Webinar 2024'], Accounts: ['Hot', 'Webinar 2024', 'VIP'] },
    });
  });

  it('hides tags for a lead without any', async () => {
    await renderWidget(openLead(SHOWCASE_IDS.noMatches));
    await screen.findByRole('group', { name: 'Contact' });
    expect(screen.queryByRole('group', { name: /^Tags for/ })).not.toBeInTheDocument();
  });

  it('marks the owner when Zoho refuses a user outside the rep’s hierarchy', async () => {
    const { user } = await renderWidget(openLead(SHOWCASE_IDS.noMatches));

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Owner of the new records' }), 'Victor Hale (other team)');
    await reviewAndConvert(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('You can only give the new records to users who report to you.');
    const owner = screen.getByRole('combobox', { name: 'Owner of the new records' });
    expect(owner).toHaveAttribute('aria-invalid', 'true');
    expect(owner).toHaveFocus();

    await user.selectOptions(owner, 'Jordan Lee');
    expect(owner).not.toHaveAttribute('aria-invalid');
    await reviewAndConvert(user);
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
  });
});
