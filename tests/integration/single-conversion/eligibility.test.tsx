import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { renderWidget } from '../../support/render-widget';

const openLead = (leadId: string) => ({ scenario: 'showcase', pageLoad: { Entity: 'Leads', EntityId: [leadId], ButtonPosition: 'DetailView' } });

function expectNoWayToConvert() {
  expect(screen.queryByRole('button', { name: 'Review' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
}

describe('leads that cannot be converted', () => {
  it('shows an already converted lead with links to the records it became', async () => {
    const { crm, user, uiCalls } = await renderWidget(openLead(SHOWCASE_IDS.converted));

    expect(await screen.findByRole('heading', { name: 'Already converted' })).toBeInTheDocument();
    expectNoWayToConvert();
    await user.click(screen.getByRole('button', { name: 'Open the contact' }));
    await user.click(screen.getByRole('button', { name: 'Open the deal' }));
    expect(uiCalls.filter((call) => call.action === 'Record.open').map((call) => call.data)).toEqual([
      expect.objectContaining({ Entity: 'Contacts', RecordID: '3652397000007810101' }),
      expect.objectContaining({ Entity: 'Deals', RecordID: '3652397000007830101' }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(uiCalls.at(-1)?.action).toBe('Popup.close');
    expect(crm.log.some((entry) => entry.operation === 'convert')).toBe(false);
  });

  it.each([
    ['locked', SHOWCASE_IDS.locked, 'Locked', /locked, so Zoho CRM refuses/],
    ['under merge', SHOWCASE_IDS.merging, 'Merge in progress', /merge of duplicates is in progress/],
    ['not approved', SHOWCASE_IDS.unapproved, 'Waiting for approval', /converts only approved leads/],
  ])('explains a %s lead and offers only Close', async (_case, leadId, title, message) => {
    const { crm, user, uiCalls } = await renderWidget(openLead(leadId));

    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expectNoWayToConvert();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(uiCalls.map((call) => call.action)).toContain('Popup.close');
    expect(crm.log.some((entry) => entry.operation === 'convert')).toBe(false);
  });

  it('says conversion is unavailable when the Contacts module is not (options answer 204)', async () => {
    await renderWidget({ scenario: 'no-contacts-module' });

    expect(await screen.findByRole('heading', { name: 'Conversion is not available' })).toBeInTheDocument();
    expect(screen.getByText(/Contacts module is not available/)).toBeInTheDocument();
    expectNoWayToConvert();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('offers a retry and a way out when the lead cannot be read', async () => {
    const { user, uiCalls } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'server-error', operation: 'getLead' }] });

    expect(await screen.findByRole('alert')).toHaveTextContent('The lead could not be read');
    expectNoWayToConvert();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(uiCalls.map((call) => call.action)).toContain('Popup.close');
  });
});
