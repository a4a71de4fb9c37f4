// Every main screen of the widget, in English and in German (?locale=de_DE), as pictures for people to look at:
// test-results/screenshots/tour-<en|de>-<screen>.png. Not a visual diff; each picture waits for its screen, and
// the assertions say what the rep sees on it in their language. The README's pictures come from the other specs.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { KAIZEN_IDS } from '../../app/host/simulator/scenarios/kaizen-137';
import { LARGE_MATCHES_LEAD_ID, LARGE_MATCHES_LEAD_NAME } from '../../app/host/simulator/scenarios/large-matches';
import { SHOWCASE_IDS } from '../../app/host/simulator/scenarios/showcase';
import { CONVERT_BUTTON, openDemo, openWidgetFromLeadDetail, widgetFrame, widgetPopup } from '../support/e2e/demo-page';
import { armFault, openLeadWidget, popupScreenshot, setLatency } from '../support/e2e/single-conversion';

type Language = {
  code: 'en' | 'de';
  locale?: string;
  contact: string;
  addTo: (name: string) => string;
  createNewContact: RegExp;
  compare: RegExp;
  createDeal: string;
  /** The deal form's labels: Deal_Name, Closing_Date, Stage, Amount. */
  dealFields: { name: RegExp; closing: RegExp; stage: RegExp; amount: RegExp };
  deal: string;
  review: string;
  reviewRegion: string;
  convert: string;
  resultHeading: RegExp;
  addToDuplicate: string;
  ineligible: { converted: string; locked: string; unapproved: string };
  mergeTable: string;
  /** The merge table's choice for Mia Merge's Phone and Title, by the fields' names in this language. */
  takeLeads: [string, string];
  valueFor: (field: string) => string;
  leads: string;
  search: string;
  choose: (name: string) => string;
  retryUpdate: string;
  bulkTable: string;
  reviewOf: (name: string) => string;
  useChoice: string;
  skipAllReview: string;
  run: RegExp;
  overall: string;
  summary: RegExp;
};

const ENGLISH: Language = {
  code: 'en',
  contact: 'Contact',
  addTo: (name) => `Add to ${name}`,
  createNewContact: /Create new contact/,
  compare: /Compare/,
  createDeal: 'Create a deal',
  dealFields: { name: /^Deal Name/, closing: /^Closing Date/, stage: /^Stage/, amount: /^Amount/ },
  deal: 'Deal',
  review: 'Review',
  reviewRegion: 'Review the conversion',
  convert: 'Convert',
  resultHeading: /Lead converted/,
  addToDuplicate: 'Add to this contact instead',
  ineligible: { converted: 'Already converted', locked: 'Locked', unapproved: 'Waiting for approval' },
  mergeTable: 'Contact Mia Merge: fields that differ from the lead',
  takeLeads: ['Phone', 'Title'],
  valueFor: (field) => `Value for ${field}`,
  leads: 'Lead’s',
  search: 'Search for another contact',
  choose: (name) => `Choose ${name}`,
  retryUpdate: 'Retry the update',
  bulkTable: 'Selected leads and what will happen to each',
  reviewOf: (name) => `Review ${name}`,
  useChoice: 'Use this choice',
  skipAllReview: 'Skip all needing review',
  run: /^Convert \d+ leads?$/,
  overall: 'Overall progress',
  summary: /^\d+ leads? converted · \d+ failed · \d+ skipped$/,
};

const GERMAN: Language = {
  code: 'de',
  locale: 'de_DE',
  contact: 'Kontakt',
  addTo: (name) => `Hinzufügen zu ${name}`,
  createNewContact: /Neuen Kontakt anlegen/,
  compare: /Vergleichen/,
  createDeal: 'Abschluss anlegen',
  dealFields: { name: /^Abschlussname/, closing: /^Abschlussdatum/, stage: /^Phase/, amount: /^Betrag/ },
  deal: 'Abschluss',
  review: 'Prüfen',
  reviewRegion: 'Konvertierung prüfen',
  convert: 'Konvertieren',
  resultHeading: /Lead konvertiert/,
  addToDuplicate: 'Stattdessen diesem Kontakt hinzufügen',
  ineligible: { converted: 'Bereits konvertiert', locked: 'Gesperrt', unapproved: 'Wartet auf Genehmigung' },
  mergeTable: 'Kontakt Mia Merge: Felder, die vom Lead abweichen',
  takeLeads: ['Telefon', 'Position'],
  valueFor: (field) => `Wert für ${field}`,
  leads: 'Vom Lead',
  search: 'Nach einem anderen Kontakt suchen',
  choose: (name) => `${name} wählen`,
  retryUpdate: 'Aktualisierung erneut versuchen',
  bulkTable: 'Ausgewählte Leads und was mit jedem geschieht',
  reviewOf: (name) => `${name} prüfen`,
  useChoice: 'Diese Wahl übernehmen',
  skipAllReview: 'Alle zu prüfenden überspringen',
  run: /^\d+ Leads? konvertieren$/,
  overall: 'Gesamtfortschritt',
  summary: /^\d+ Leads? konvertiert · \d+ fehlgeschlagen · \d+ übersprungen$/,
};

for (const t of [ENGLISH, GERMAN]) {
  const locale = t.locale ? { locale: t.locale } : {};
  const shot = (page: Page, screen: string) => popupScreenshot(page, `tour-${t.code}-${screen}`);
  const contact = (widget: FrameLocator) => widget.getByRole('group', { name: t.contact });
  const review = (widget: FrameLocator) => widget.getByRole('region', { name: t.reviewRegion });
  const open = (page: Page, scenario: string, leadId: string, leadName?: string, latencyMs?: number) =>
    openLeadWidget(page, { scenario, leadId, ...(leadName ? { leadName } : {}), ...(latencyMs === undefined ? {} : { latencyMs }), ...locale });

  test.describe(`screen tour (${t.code})`, () => {
    test('loading and the leads that cannot be converted', async ({ page }) => {
      const loading = await open(page, 'kaizen-137', KAIZEN_IDS.lead, undefined, 5000);
      await expect(loading.locator('.skeleton__section').first()).toBeVisible();
      await shot(page, 'loading');

      for (const [name, leadId] of [
        ['converted', SHOWCASE_IDS.converted],
        ['locked', SHOWCASE_IDS.locked],
        ['unapproved', SHOWCASE_IDS.unapproved],
      ] as const) {
        const widget = await open(page, 'showcase', leadId);
        await expect(widget.getByRole('heading', { name: t.ineligible[name], exact: true })).toBeVisible();
        await shot(page, `eligibility-${name}`);
      }
    });

    test('resolution: Pat Boyle, Dora Different, Liam Lockedmatch, 100 matches; compare', async ({ page }) => {
      const kaizen = await open(page, 'kaizen-137', KAIZEN_IDS.lead, 'Pat Boyle');
      await expect(contact(kaizen).getByRole('radio', { name: t.addTo('Pat Boyle') })).toBeChecked();
      await shot(page, 'resolution-kaizen');
      await contact(kaizen).getByRole('button', { name: t.compare }).last().click();
      await expect(kaizen.getByRole('dialog')).toBeVisible();
      await shot(page, 'compare');

      for (const [name, leadId, leadName] of [
        ['dora', SHOWCASE_IDS.otherAccount, 'Dora Different'],
        ['liam', SHOWCASE_IDS.lockedMatch, 'Liam Lockedmatch'],
      ] as const) {
        const widget = await open(page, 'showcase', leadId, leadName);
        await expect(contact(widget)).toBeVisible();
        await shot(page, `resolution-${name}`);
      }

      const many = await open(page, 'large-matches', LARGE_MATCHES_LEAD_ID, LARGE_MATCHES_LEAD_NAME);
      // The 100th card (Zoho lists them 100 … 1) is there once the deferred cards have rendered.
      await expect(contact(many).getByRole('radio', { name: t.addTo('Max Many 1'), exact: true })).toBeAttached();
      await shot(page, 'resolution-100-matches');
    });

    test('deal with and without errors, review, result', async ({ page }) => {
      const widget = await open(page, 'kaizen-137', KAIZEN_IDS.lead, 'Pat Boyle');
      await widget.getByRole('switch', { name: t.createDeal }).click();
      await widget.getByLabel(t.dealFields.name).fill('Zylker Deal');
      await widget.getByLabel(t.dealFields.closing).fill('2024-10-20');
      await widget.getByLabel(/^Pipeline/).selectOption('Standard (Standard)');
      await widget.getByLabel(t.dealFields.stage).selectOption('Negotiation/Review');
      await widget.getByLabel(t.dealFields.amount).fill('20000000');
      const deal = widget.getByRole('region', { name: t.deal });
      await deal.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot(page, 'deal');

      await widget.getByLabel(t.dealFields.name).fill('');
      await widget.getByLabel(t.dealFields.amount).fill('');
      await widget.getByRole('button', { name: t.review }).click();
      await expect(widget.getByLabel(t.dealFields.name)).toHaveAttribute('aria-invalid', 'true');
      await deal.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot(page, 'deal-errors');

      await widget.getByLabel(t.dealFields.name).fill('Zylker Deal');
      await widget.getByLabel(t.dealFields.amount).fill('20000000');
      await widget.getByRole('button', { name: t.review }).click();
      await expect(review(widget)).toContainText('Zylker Deal');
      await shot(page, 'review');

      await review(widget).getByRole('button', { name: t.convert }).click();
      await expect(widget.getByRole('heading', { name: t.resultHeading })).toBeFocused();
      await shot(page, 'result');
    });

    test('DUPLICATE_DATA', async ({ page }) => {
      const widget = await open(page, 'kaizen-137', KAIZEN_IDS.lead, 'Pat Boyle');
      await contact(widget).getByRole('radio', { name: t.createNewContact }).check();
      await widget.getByRole('button', { name: t.review }).click();
      await review(widget).getByRole('button', { name: t.convert }).click();
      await expect(widget.getByRole('alert').getByRole('button', { name: t.addToDuplicate })).toBeVisible();
      await shot(page, 'duplicate-error');
    });

    test('merge table, search results, a failed update', async ({ page }) => {
      const searching = await open(page, 'showcase', SHOWCASE_IDS.searchOnly, 'Sara Searchme');
      await searching.getByRole('searchbox', { name: t.search }).fill('+1 415 555 0142');
      const result = searching.getByRole('listitem', { name: 'Sara Searchme' });
      await expect(result.getByRole('button', { name: t.choose('Sara Searchme') })).toBeVisible();
      await result.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await shot(page, 'search-results');

      await openDemo(page, { scenario: 'showcase', ...locale });
      await armFault(page, { kind: 'server-error', operation: 'updateRecord' });
      const widget = await openWidgetFromLeadDetail(page, 'Mia Merge');
      const table = widget.getByRole('region', { name: t.mergeTable });
      await expect(table.getByRole('table')).toBeVisible();
      for (const field of t.takeLeads) await table.getByRole('radiogroup', { name: t.valueFor(field) }).getByRole('radio', { name: t.leads }).check();
      await table.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot(page, 'merge-table');

      await widget.getByRole('button', { name: t.review }).click();
      await expect(review(widget)).toContainText('Head of Operations');
      await shot(page, 'merge-review');
      await review(widget).getByRole('button', { name: t.convert }).click();
      await expect(widget.getByRole('alert').getByRole('button', { name: t.retryUpdate })).toBeVisible();
      await shot(page, 'update-failed');
    });

    test('bulk review, row review, progress, results', async ({ page }) => {
      await openDemo(page, { scenario: 'showcase', ...locale });
      await page.getByRole('checkbox', { name: 'Select all leads' }).check();
      await page.getByRole('button', { name: CONVERT_BUTTON }).click();
      await expect(widgetPopup(page)).toBeVisible();
      const widget = widgetFrame(page);
      await expect(widget.getByRole('table', { name: t.bulkTable })).toBeVisible();
      await shot(page, 'bulk-review');

      await widget.getByRole('button', { name: t.reviewOf('Pat Boyle') }).click();
      await expect(widget.getByRole('button', { name: t.useChoice })).toBeVisible();
      await shot(page, 'bulk-row-review');
      await widget.getByRole('button', { name: t.useChoice }).click();
      await widget.getByRole('button', { name: t.skipAllReview }).click();

      await setLatency(page, 1500);
      await widget.getByRole('button', { name: t.run }).click();
      await expect(widget.getByRole('progressbar', { name: t.overall })).toBeVisible();
      await shot(page, 'bulk-progress');

      await setLatency(page, 0);
      await expect(widget.getByText(t.summary)).toBeVisible({ timeout: 30_000 });
      await shot(page, 'bulk-results');
    });
  });
}
