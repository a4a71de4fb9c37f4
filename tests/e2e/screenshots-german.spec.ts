// The main screens for a rep whose Zoho locale is German (?locale=de_DE sets the signed-in user's locale in the
// simulated CRM): pictures in test-results/screenshots/de-*.png, and the checks that the widget speaks German,
// formats money and dates the German way, and sends Zoho the same request as in English.
import { expect, test } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { CONVERT_BUTTON, openDemo, widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { openLeadWidget, orgSnapshot, popupScreenshot, requestLog } from '../support/e2e/single-conversion';

const GERMAN = 'de_DE';

test('Pat Boyle in German: resolution, deal, review, result', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle', locale: GERMAN });
  const contact = widget.getByRole('group', { name: 'Kontakt' });
  await expect(contact.getByText('2 passende Kontakte')).toBeVisible();
  await expect(contact.getByRole('radio', { name: 'Hinzufügen zu Pat Boyle' })).toBeChecked();
  await expect(contact.getByText('Empfohlen: Telefon stimmt überein (eindeutiges Feld)')).toBeVisible();
  await popupScreenshot(page, 'de-single-resolution');

  await widget.getByRole('switch', { name: 'Abschluss anlegen' }).click();
  // The layout's standard fields still carry Zoho's English default names: the rep reads them in German.
  await widget.getByLabel(/^Abschlussname/).fill('Zylker Deal');
  await widget.getByLabel(/^Abschlussdatum/).fill('2024-10-20');
  await widget.getByLabel(/^Pipeline/).selectOption('Standard (Standard)');
  await widget.getByLabel(/^Phase/).selectOption('Negotiation/Review');
  await widget.getByLabel(/^Betrag/).fill('20000000');
  await expect(widget.getByLabel(/^Kontaktrolle/)).toBeVisible();
  // The browser's date picker follows the browser's language; the rep's locale repeats the values underneath.
  await expect(widget.getByText('Sonntag, 20. Oktober 2024')).toBeVisible();
  await expect(widget.getByText(/^20\.000\.000\s\$$/)).toBeVisible();
  await widget.getByRole('region', { name: 'Abschluss' }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await popupScreenshot(page, 'de-single-deal');

  await widget.getByRole('button', { name: 'Prüfen' }).click();
  const review = widget.getByRole('region', { name: 'Konvertierung prüfen' });
  // German date and money (a no-break space before the currency sign).
  await expect(review).toContainText('20. Okt. 2024');
  // The field Zoho matched on, by its German name (Zoho sent its standard English label).
  await expect(review).toContainText('(Treffer bei Telefon)');
  await expect(review).toContainText(/20\.000\.000\s\$/);
  await popupScreenshot(page, 'de-single-review');

  await review.getByRole('button', { name: 'Konvertieren' }).click();
  await expect(widget.getByRole('heading', { name: /Lead konvertiert/ })).toBeFocused();
  await popupScreenshot(page, 'de-single-result');

  const converts = (await requestLog(page)).filter((entry) => entry.operation === 'convert');
  expect(converts).toHaveLength(1);
  expect(converts[0]?.body).toMatchObject({
    data: [{ Contacts: { id: KAIZEN_IDS.contactPatBoyle }, Deals: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Amount: 20000000 } }],
  });
});

test('a refused convert and an ineligible lead, in German', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'kaizen-137', leadId: KAIZEN_IDS.lead, leadName: 'Pat Boyle', locale: GERMAN });
  await widget.getByRole('group', { name: 'Kontakt' }).getByRole('radio', { name: /Neuen Kontakt/ }).check();
  await widget.getByRole('button', { name: 'Prüfen' }).click();
  await widget.getByRole('region', { name: 'Konvertierung prüfen' }).getByRole('button', { name: 'Konvertieren' }).click();
  await expect(widget.getByRole('alert').getByRole('button', { name: 'Stattdessen diesem Kontakt hinzufügen' })).toBeVisible();
  await popupScreenshot(page, 'de-single-duplicate-error');

  const converted = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.converted, locale: GERMAN });
  await expect(converted.getByRole('heading', { name: 'Bereits konvertiert' })).toBeVisible();
  await popupScreenshot(page, 'de-single-eligibility-converted');
});

test('the bulk flow in German: review, results', async ({ page }) => {
  await openDemo(page, { scenario: 'showcase', locale: GERMAN });
  for (const name of ['Pat Boyle', 'Nina Nomatch', 'Sol Solo']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);
  await expect(widget.getByRole('heading', { level: 1, name: '3 Leads ausgewählt' })).toBeVisible();
  await expect(widget.getByRole('table', { name: 'Ausgewählte Leads und was mit jedem geschieht' })).toBeVisible();
  await popupScreenshot(page, 'de-bulk-review');
  await widget.getByRole('button', { name: 'Pat Boyle überspringen' }).click();

  await widget.getByRole('button', { name: /^\d+ Leads? konvertieren$/ }).click();
  await expect(widget.getByText(/^\d+ Leads? konvertiert · \d+ fehlgeschlagen · \d+ übersprungen$/)).toBeVisible({ timeout: 30_000 });
  await popupScreenshot(page, 'de-bulk-results');
  const converted = (await orgSnapshot(page)).leads.filter((lead) => lead.$converted === true).map((lead) => String(lead.First_Name));
  expect(converted).toEqual(expect.arrayContaining(['Nina', 'Sol']));
  expect(converted).not.toContain('Pat');
});

test('the field-by-field merge in German', async ({ page }) => {
  const widget = await openLeadWidget(page, { scenario: 'showcase', leadId: SHOWCASE_IDS.mergeFields, leadName: 'Mia Merge', locale: GERMAN });
  const table = widget.getByRole('region', { name: /Felder, die vom Lead abweichen/ }).first();
  await expect(table).toBeVisible();
  await table.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await popupScreenshot(page, 'de-merge-table');
});
