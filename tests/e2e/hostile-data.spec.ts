// The hostile scenario in the real browser: the demo page and the production widget show markup, scripts,
// javascript: URLs, RTL overrides and 10,000-character strings as text. Every payload would set
// window.__hostileRan and open a dialog if it ran; neither happens, and the widget stays usable.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { HOSTILE_IDS } from '../../app/host/simulator/scenarios/hostile';
import { CONVERT_BUTTON, openDemo, widgetFrame, widgetFrameHandle, widgetPopup } from '../support/e2e/demo-page';
import { convertItems, openLeadWidget, popupScreenshot, resultHeading, reviewRegion, section } from '../support/e2e/single-conversion';

const ran = (target: Page | Frame) => target.evaluate(() => Reflect.get(window, '__hostileRan') as unknown);

/** What the data could have turned into: elements that run code, javascript: links, inline handlers. */
const injectedMarkup = (target: Frame | Page) =>
  target.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('body img, body script:not([src]), body svg[onload], body iframe:not([title])')) found.push(element.outerHTML.slice(0, 80));
    for (const link of document.querySelectorAll('a[href]')) if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) found.push(link.outerHTML.slice(0, 80));
    for (const element of document.querySelectorAll('body *')) {
      for (const name of element.getAttributeNames()) if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
    }
    return found;
  });

/** The widget body must not scroll sideways: long strings wrap or are cut with an ellipsis. */
const horizontalOverflow = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

test('hostile names, emails, websites and tags stay inert text and the widget stays usable', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const widget = await openLeadWidget(page, { scenario: 'hostile', leadId: HOSTILE_IDS.lead });
  const contacts = section(widget, 'Contact');
  await expect(contacts.getByRole('radio')).toHaveCount(3);
  await expect(section(widget, 'Account').getByRole('radio').first()).toBeVisible();
  const frame = await widgetFrameHandle(page);

  await expect(widget.getByRole('button', { name: 'Review' })).toBeInViewport();
  expect(await horizontalOverflow(frame)).toBeLessThanOrEqual(0);
  await popupScreenshot(page, 'hostile-resolution');

  // The compare dialog shows values in full: it must still open, show them as text and close again.
  await contacts.getByRole('button', { name: /^Compare/ }).last().click();
  const compare = widget.getByRole('dialog');
  await expect(compare.getByRole('heading')).toContainText('Compare lead and contact');
  expect(await injectedMarkup(frame)).toEqual([]);
  await popupScreenshot(page, 'hostile-compare');
  await frame.press('body', 'Escape');
  await expect(compare).toBeHidden();

  await contacts.getByRole('radio', { name: /^Add to .*<script>/ }).check();
  await widget.getByRole('button', { name: 'Review' }).click();
  await expect(reviewRegion(widget)).toContainText('<script>');
  await expect(reviewRegion(widget).getByRole('button', { name: 'Convert' })).toBeInViewport();
  expect(await horizontalOverflow(frame)).toBeLessThanOrEqual(0);
  await popupScreenshot(page, 'hostile-review');

  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();
  await expect(resultHeading(widget)).toBeVisible();
  expect(await horizontalOverflow(frame)).toBeLessThanOrEqual(0);
  await popupScreenshot(page, 'hostile-result');
  expect((await convertItems(page))[0]).toMatchObject({ Contacts: { id: HOSTILE_IDS.contactScript } });

  for (const target of [page, frame]) {
    expect(await ran(target)).toBeUndefined();
    expect(await injectedMarkup(target)).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  await expect(widgetPopup(page)).toBeVisible();
});

test('the demo page itself shows the hostile lead as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/?scenario=hostile&lead=${HOSTILE_IDS.lead}`);
  await expect(page.getByRole('navigation', { name: 'Modules' })).toBeVisible();
  await expect(page.getByText('javascript:window.__hostileRan=1;alert(1)').first()).toBeVisible();
  expect(await ran(page)).toBeUndefined();
  expect(await injectedMarkup(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(dialogs).toEqual([]);
});

test('the bulk review and run show hostile leads as text in a usable table', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openDemo(page, { scenario: 'hostile' });
  await page.getByRole('checkbox', { name: 'Select all leads' }).check();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);
  await expect(widget.getByRole('table', { name: 'Selected leads and what will happen to each' })).toBeVisible();
  const frame = await widgetFrameHandle(page);
  expect(await horizontalOverflow(frame)).toBeLessThanOrEqual(0);
  await popupScreenshot(page, 'hostile-bulk-review');

  await widget.getByRole('button', { name: 'Skip all needing review' }).click();
  await widget.getByRole('button', { name: /^Convert 1 lead/ }).click();
  await expect(widget.getByRole('heading', { name: 'Conversion finished' })).toBeVisible({ timeout: 20_000 });
  await expect(widget.getByText('1 lead converted · 0 failed · 1 skipped')).toBeVisible();
  expect(await horizontalOverflow(frame)).toBeLessThanOrEqual(0);
  await popupScreenshot(page, 'hostile-bulk-result');
  for (const target of [page, frame]) {
    expect(await ran(target)).toBeUndefined();
    expect(await injectedMarkup(target)).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});
