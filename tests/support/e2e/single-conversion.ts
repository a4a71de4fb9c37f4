// Helpers for the single-lead conversion browser tests: open a lead's widget, drive it by role/label (the
// same accessible names as tests/integration/single-conversion), read what the simulated CRM received.
import { mkdir } from 'node:fs/promises';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { FaultRule, OrgSnapshot, RequestLogEntry } from '../../../app/host/simulator/simulated-crm-types';
import { openDemo, widgetFrame, widgetPopup } from './demo-page';

/** The demo page's read-only test handle (app/demo/main.tsx). */
const DEMO_HANDLE = '__leadConvertDemo';
type DemoHandle = { log(): RequestLogEntry[]; snapshot(): OrgSnapshot; addFault(rule: FaultRule): void; setLatency(ms: number): void };

export type ConvertItem = Record<string, unknown>;

type LeadWidgetOptions = { scenario: string; leadId: string; leadName?: string; latencyMs?: number; locale?: string };

/**
 * Opens the demo on a lead with its widget already open (`?lead=…&open=1`). With a lead name, waits for the
 * conversion screen's lead heading; without, the caller waits for what it expects (e.g. an eligibility screen).
 */
export async function openLeadWidget(page: Page, { scenario, leadId, leadName, latencyMs, locale }: LeadWidgetOptions): Promise<FrameLocator> {
  await openDemo(page, { scenario, lead: leadId, open: true, ...(latencyMs === undefined ? {} : { latencyMs }), ...(locale ? { locale } : {}) });
  await expect(widgetPopup(page)).toBeVisible();
  const widget = widgetFrame(page);
  if (leadName) await expect(widget.getByRole('heading', { name: leadName })).toBeVisible();
  return widget;
}

export async function requestLog(page: Page): Promise<RequestLogEntry[]> {
  return page.evaluate((key) => (Reflect.get(window, key) as DemoHandle).log(), DEMO_HANDLE);
}

export async function orgSnapshot(page: Page): Promise<OrgSnapshot> {
  return page.evaluate((key) => (Reflect.get(window, key) as DemoHandle).snapshot(), DEMO_HANDLE);
}

/** Arms a fault in the simulated CRM (e.g. an unreadable answer to the next read of the lead). */
export async function armFault(page: Page, rule: FaultRule): Promise<void> {
  await page.evaluate(([key, armed]) => (Reflect.get(window, key) as DemoHandle).addFault(armed), [DEMO_HANDLE, rule] as const);
}

/** The simulated CRM's per-request latency from now on (e.g. to keep a bulk run's progress on screen). */
export async function setLatency(page: Page, ms: number): Promise<void> {
  await page.evaluate(([key, latency]) => (Reflect.get(window, key) as DemoHandle).setLatency(latency), [DEMO_HANDLE, ms] as const);
}

export async function convertRequests(page: Page): Promise<RequestLogEntry[]> {
  return (await requestLog(page)).filter((entry) => entry.operation === 'convert');
}

/** The single item (`data[0]`) of each convert request body, in order. */
export async function convertItems(page: Page): Promise<ConvertItem[]> {
  return (await convertRequests(page)).map((entry) => {
    const body = entry.body as { data?: ConvertItem[] } | undefined;
    expect(body?.data, 'a single convert sends exactly one item').toHaveLength(1);
    return body?.data?.[0] ?? {};
  });
}

export function section(widget: FrameLocator, name: 'Contact' | 'Account'): Locator {
  return widget.getByRole('group', { name });
}

export type DealInput = { name: string; closing: string; pipeline: string; stage: string; amount: string };

/** Switches the deal on and fills its standard fields (select values are the values Zoho expects). */
export async function fillDeal(widget: FrameLocator, deal: DealInput): Promise<void> {
  await widget.getByRole('switch', { name: 'Create a deal' }).click();
  await widget.getByLabel(/^Deal Name/i).fill(deal.name);
  await widget.getByLabel(/^Closing Date/i).fill(deal.closing);
  await widget.getByLabel(/^Pipeline/).selectOption(deal.pipeline);
  await widget.getByLabel(/^Stage/).selectOption(deal.stage);
  await widget.getByLabel(/^Amount/).fill(deal.amount);
}

export function reviewRegion(widget: FrameLocator): Locator {
  return widget.getByRole('region', { name: 'Review the conversion' });
}

export function resultHeading(widget: FrameLocator): Locator {
  return widget.getByRole('heading', { name: /Lead converted/ });
}

/** Review, then Convert on the review step. */
export async function reviewAndConvert(widget: FrameLocator): Promise<void> {
  await widget.getByRole('button', { name: 'Review' }).click();
  await reviewRegion(widget).getByRole('button', { name: 'Convert' }).click();
}

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** A picture of the popup (header + widget frame) as it is on screen, under a stable name. */
export async function popupScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await popupSettled(page);
  await widgetPopup(page).screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, animations: 'disabled', caret: 'hide' });
}

/** The popup resizes itself to the widget's content (debounced): wait until two looks 300 ms apart agree. */
async function popupSettled(page: Page): Promise<void> {
  let previous = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await widgetPopup(page).boundingBox());
      const same = box === previous;
      previous = box;
      return same;
    }, { intervals: [300] })
    .toBe(true);
}
