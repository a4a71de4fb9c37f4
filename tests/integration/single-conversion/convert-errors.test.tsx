import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KAIZEN_IDS } from '../../../app/host/simulator/scenarios/kaizen-137';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, reviewAndConvert, section } from './helpers';

const convertRequests = (log: Parameters<typeof convertBodies>[0]) => log.filter((entry) => entry.operation === 'convert');
const leadAfter = (crm: { snapshot(): { leads: { id: string; $converted?: unknown }[] } }) =>
  crm.snapshot().leads.find((lead) => lead.id === KAIZEN_IDS.lead);

describe('when the conversion fails', () => {
  it('recovers from DUPLICATE_DATA by adding the lead to the contact Zoho found', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137' });
    const contactsBefore = crm.snapshot().contacts.length;

    await user.click((await section('Contact')).getByRole('radio', { name: /Create new contact/ }));
    await reviewAndConvert(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Pat Boyle/);
    // Back on the choices: the refused request cannot be sent again as it was.
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to this contact instead' }));
    // Back on the review with the new choice; the rep confirms again.
    expect(await screen.findByText(/added to the existing contact Pat Boyle/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Convert' }));

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(convertRequests(crm.log).map((entry) => entry.status)).toEqual([400, 200]);
    expect(convertBodies(crm.log)[1]).toMatchObject({ data: [{ Contacts: { id: KAIZEN_IDS.contactPatBoyle } }] });
    expect(crm.snapshot().contacts).toHaveLength(contactsBefore);
    expect(leadAfter(crm)?.$converted).toBe(true);
  });

  it('reads the lead again after a lost answer and shows the conversion that did happen, without converting twice', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'lost-after-commit', operation: 'convert' }] });

    await screen.findByRole('group', { name: 'Contact' });
    await reviewAndConvert(user);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contact: Pat Boyle' })).toBeInTheDocument();
    expect(convertRequests(crm.log)).toHaveLength(1);
    expect(crm.log.filter((entry) => entry.operation === 'getLead')).toHaveLength(2);
  });

  it('says nothing changed when the request was lost before reaching Zoho, and lets the rep try again', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'lost-before-commit', operation: 'convert' }] });

    await screen.findByRole('group', { name: 'Contact' });
    await reviewAndConvert(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('The conversion did not go through; nothing was changed. Try again.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(convertRequests(crm.log).map((entry) => entry.outcome)).toEqual(['lost', 'answered']);
  });

  it('sends one request however often Convert is clicked or Enter is held', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', latencyMs: 30 });

    await screen.findByRole('group', { name: 'Contact' });
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const convert = await screen.findByRole('button', { name: 'Convert' });
    // Two clicks in the same tick, before React re-renders the button as disabled.
    fireEvent.click(convert);
    fireEvent.click(convert);
    convert.focus();
    await user.keyboard('{Enter>5/}');

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(convertRequests(crm.log)).toHaveLength(1);
  });
});

describe('when a chosen record changes in CRM while the rep decides', () => {
  it('reloads the options, says what changed and asks for a new choice (INVALID_DATA on the chosen contact)', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137' });
    const contact = await section('Contact');
    expect(contact.getByRole('radio', { name: /Add to Pat Boyle/ })).toBeChecked();

    // A colleague locks the suggested contact after the widget read the options.
    crm.editRecord('contacts', KAIZEN_IDS.contactPatBoyle, { Locked__s: true });
    await reviewAndConvert(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(/Pat Boyle/);
    expect(screen.getByRole('alert')).toHaveTextContent(/changed|no longer/i);
    // The options were read again and the locked contact can no longer be chosen; nothing was converted.
    expect(crm.log.filter((entry) => entry.operation === 'conversionOptions')).toHaveLength(2);
    expect((await section('Contact')).getByRole('radio', { name: /Add to Pat Boyle/ })).toBeDisabled();
    expect(convertRequests(crm.log).map((entry) => entry.status)).toEqual([400]);
    expect(leadAfter(crm)?.$converted).not.toBe(true);
  });
});
