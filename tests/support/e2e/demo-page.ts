// Helpers for driving the demo page (fake Zoho CRM host) and the widget inside its popup iframe.
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

export const WIDGET_FRAME_TITLE = 'Lead Convert widget';
export const CONVERT_BUTTON = 'Convert (check duplicates)';
export const ZOHO_SDK_CDN_URL = 'https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js';

type DemoOptions = { scenario: string; lead?: string; open?: boolean; latencyMs?: number; locale?: string };

/** Opens the demo on a scenario (and optionally a lead, with its widget) and waits for the page to render. */
export async function openDemo(page: Page, options: DemoOptions): Promise<void> {
  const params = new URLSearchParams({ scenario: options.scenario });
  if (options.lead) params.set('lead', options.lead);
  if (options.open) params.set('open', '1');
  if (options.latencyMs !== undefined) params.set('latency', String(options.latencyMs));
  if (options.locale) params.set('locale', options.locale);
  await page.goto(`/?${params.toString()}`);
  await expect(page.getByRole('navigation', { name: 'Modules' })).toBeVisible();
}

export function widgetFrame(page: Page): FrameLocator {
  return page.frameLocator(`iframe[title="${WIDGET_FRAME_TITLE}"]`);
}

/** The widget's Frame, for evaluating inside it (FrameLocator cannot evaluate). */
export async function widgetFrameHandle(page: Page): Promise<Frame> {
  const element = await page.locator(`iframe[title="${WIDGET_FRAME_TITLE}"]`).elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error('The widget iframe has no content frame');
  return frame;
}

export function widgetPopup(page: Page) {
  return page.getByRole('dialog', { name: CONVERT_BUTTON });
}

/** From the Leads list: open a lead by name and press the detail page's custom button. */
export async function openWidgetFromLeadDetail(page: Page, leadName: string): Promise<FrameLocator> {
  await page.getByRole('button', { name: leadName, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: leadName })).toBeVisible();
  await page.getByRole('button', { name: CONVERT_BUTTON }).click();
  await expect(widgetPopup(page)).toBeVisible();
  return widgetFrame(page);
}
