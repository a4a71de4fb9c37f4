import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KAIZEN_IDS } from '../../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../../app/host/simulator/scenarios/showcase';
import { renderWidget } from '../../support/render-widget';
import { reviewAndConvert, section } from './helpers';

describe('other outcomes of Convert', () => {
  it('says Zoho will finish shortly when it schedules the conversion (202)', async () => {
    const { crm, user, uiCalls } = await renderWidget({ scenario: 'kaizen-137' });
    crm.setFlags({ scheduleSingleConvert: true });

    await screen.findByRole('group', { name: 'Contact' });
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: 'Conversion scheduled' })).toBeInTheDocument();
    expect(screen.getByText(/will finish it shortly/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(uiCalls.at(-1)?.action).toBe('Popup.closeReload');
  });

  it('shows the result instead of converting again when the lead was converted meanwhile', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137' });
    await screen.findByRole('group', { name: 'Contact' });
    // Someone else converts the lead while the widget is open.
    await crm.handle({ method: 'POST', path: `/crm/v7/Leads/${KAIZEN_IDS.lead}/actions/convert`, body: { data: [{ Contacts: { id: KAIZEN_IDS.contactPatBoyle } }] } });

    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeInTheDocument();
    expect(crm.log.filter((entry) => entry.operation === 'convert').map((entry) => entry.status)).toEqual([200, 400]);
  });

  it('explains a refusal the rep cannot fix here and keeps the choices', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137' });
    crm.setFlags({ convertPermission: false });

    await user.click((await section('Contact')).getByRole('radio', { name: 'Add to Boyle' }));
    await reviewAndConvert(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile does not allow converting leads.');
    expect(alert).toHaveTextContent('Ask your CRM administrator');
    await user.click(screen.getByRole('button', { name: 'Back to edit' }));
    expect((await section('Contact')).getByRole('radio', { name: 'Add to Boyle' })).toBeChecked();
  });

  it('refuses Review while a weak match waits for a decision, and focuses that choice', async () => {
    const { crm, user } = await renderWidget({ scenario: 'showcase', pageLoad: { Entity: 'Leads', EntityId: [SHOWCASE_IDS.accountOnly], ButtonPosition: 'DetailView' } });

    const accounts = await section('Account');
    expect(accounts.getByRole('radio', { name: 'Add to Globex Corporation' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Review' }));

    expect(await screen.findByText('Choose an account')).toBeInTheDocument();
    expect(accounts.getByRole('radio', { name: /Create new account/ })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
    expect(crm.log.some((entry) => entry.operation === 'convert')).toBe(false);
  });
});
