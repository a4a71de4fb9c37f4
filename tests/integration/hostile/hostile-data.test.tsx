// The hostile scenario through the real widget: every name, email, website and tag is shown as literal text,
// no markup from the data becomes an element, matching still works, and the conversion goes through.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_EMAIL, HOSTILE_IDS } from '../../../app/host/simulator/scenarios/hostile';
import { renderWidget } from '../../support/render-widget';
import { convertBodies, section } from '../single-conversion/helpers';

/** No element the data could have smuggled in: images, scripts, svg, links with javascript: or inline handlers. */
function expectNoInjectedMarkup(root: HTMLElement) {
  expect(root.querySelector('img, script, svg, iframe, object, embed')).toBeNull();
  for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
}

describe('hostile data', () => {
  it('renders names, emails, websites and tags as inert text, still matches by email, and converts', async () => {
    const { container, crm, user } = await renderWidget({ scenario: 'hostile' });

    const contacts = await section('Contact');
    // Both contacts match on the 10,000-character email; their names are shown as the characters they are.
    const radios = contacts.getAllByRole('radio');
    expect(radios.length).toBeGreaterThanOrEqual(3);
    expect(contacts.getAllByText((_content, element) => element?.textContent?.includes(HOSTILE.script) === true).length).toBeGreaterThan(0);
    expect(container.textContent).toContain(HOSTILE.img);
    expect(container.textContent).toContain(HOSTILE.rtl);
    expect(container.textContent).toContain(HOSTILE_EMAIL.slice(0, 200));
    expectNoInjectedMarkup(container);

    const accounts = await section('Account');
    expect(accounts.getAllByRole('radio').length).toBeGreaterThanOrEqual(2);
    await user.click(contacts.getByRole('radio', { name: (name) => name.includes(HOSTILE.script) && name.startsWith('Add to') }));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByRole('region', { name: 'Review the conversion' });
    expect(review.textContent).toContain(HOSTILE.script);
    expectNoInjectedMarkup(container);
    await user.click(within(review).getByRole('button', { name: 'Convert' }));

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expectNoInjectedMarkup(container);
    expect(convertBodies(crm.log)).toEqual([{ data: [expect.objectContaining({ Contacts: { id: HOSTILE_IDS.contactScript } })] }]);
  });
});
