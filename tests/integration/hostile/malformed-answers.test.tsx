// A read that comes back in a shape Zoho does not document (a truncated JSON text, an empty 200) shows the rep a
// readable sentence with "Try again", and trying again recovers once Zoho answers properly.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../app/i18n/en';
import type { FaultKind } from '../../../app/host/simulator/simulated-crm-types';
import type { SimOperation } from '../../../app/host/simulator/sim-http';
import { renderWidget } from '../../support/render-widget';

describe('a malformed answer to a read', () => {
  it.each<[string, SimOperation, FaultKind]>([
    ['the lead', 'getLead', 'malformed-body'],
    ['the duplicate check', 'conversionOptions', 'malformed-body'],
    ['the lead (empty 200)', 'getLead', 'empty-body'],
  ])('of %s shows a readable error with Try again, which recovers', async (_label, operation, kind) => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind, operation }] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.errors.malformed);
    expect(alert).not.toHaveTextContent(/TypeError|undefined|\[object/);
    await user.click(screen.getByRole('button', { name: en.retry }));

    expect(await screen.findByRole('group', { name: 'Contact' })).toBeInTheDocument();
    expect(screen.queryByText(en.errors.malformed)).not.toBeInTheDocument();
    expect(crm.log.filter((entry) => entry.operation === operation).map((entry) => entry.fault)).toEqual([kind, undefined]);
  });
});
