import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { renderWidget } from '../support/render-widget';

describe('a rep whose Zoho locale is German', () => {
  it('converts Pat Boyle in German, and Zoho receives the same request as in English', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', userLocale: 'de_DE' });

    const contact = within(await screen.findByRole('group', { name: 'Kontakt' }));
    expect(contact.getByText('2 passende Kontakte')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Firma' })).getByText('1 passende Firma')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');

    await user.click(screen.getByRole('button', { name: 'Prüfen' }));
    expect(await screen.findByRole('heading', { name: 'Konvertierung prüfen' })).toBeInTheDocument();
    expect(screen.getByText(/wird dem vorhandenen Kontakt Pat Boyle \(Treffer bei .+\) hinzugefügt\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Konvertieren' }));

    expect(await screen.findByRole('heading', { name: /Lead konvertiert/ })).toBeInTheDocument();
    const converts = crm.log.filter((entry) => entry.operation === 'convert');
    expect(converts).toHaveLength(1);
    expect(converts[0]?.body).toMatchObject({ data: [{ Contacts: { id: KAIZEN_IDS.contactPatBoyle }, Accounts: { id: KAIZEN_IDS.accountZylker } }] });
  });

  it('falls back to English when the current user cannot be read', async () => {
    await renderWidget({ scenario: 'kaizen-137', userLocale: 'de_DE', faults: [{ kind: 'server-error', operation: 'currentUser', times: Infinity }] });
    expect(await screen.findByRole('group', { name: 'Contact' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
