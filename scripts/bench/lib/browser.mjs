// Debian Chromium driven by Playwright, and the demo-page helpers every browser figure uses.
/* global document, window, HTMLIFrameElement -- used only inside functions Playwright runs in the browser */
import { chromium } from '@playwright/test';

export const WIDGET_FRAME = 'iframe[title="Lead Convert widget"]';
const DEMO_HANDLE = '__leadConvertDemo';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A browser context whose SDK service worker is installed and whose HTTP cache holds the widget (one warm-up load). */
export async function warmContext(browser, origin) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/?scenario=showcase');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.close();
  return context;
}

export function demoUrl({ scenario, lead, open, latencyMs }) {
  const params = new URLSearchParams({ scenario });
  if (lead) params.set('lead', lead);
  if (open) params.set('open', '1');
  if (latencyMs !== undefined) params.set('latency', String(latencyMs));
  return `/?${params.toString()}`;
}

export function widgetFrame(page) {
  return page.frameLocator(WIDGET_FRAME);
}

/** The simulator's request log (app/demo/main.tsx's handle). */
export function requestLog(page) {
  return page.evaluate((key) => Reflect.get(window, key).log(), DEMO_HANDLE);
}

export function clearLog(page) {
  return page.evaluate((key) => Reflect.get(window, key).clearLog(), DEMO_HANDLE);
}

export function setLatency(page, ms) {
  return page.evaluate(([key, value]) => Reflect.get(window, key).setLatency(value), [DEMO_HANDLE, ms]);
}

/**
 * Waits (polling every animation frame of the top page) until `selector` matches `count` elements in the widget frame's
 * document — same origin, so the top page can read it — and returns { page, widget }: milliseconds since the
 * demo page's navigation started, and since the widget frame's navigation started.
 */
export async function timeWhenInWidget(page, selector, { count = 1, timeout = 60_000 } = {}) {
  const handle = await page.waitForFunction(
    ([frameSelector, target, atLeast]) => {
      const frame = document.querySelector(frameSelector);
      const doc = frame instanceof HTMLIFrameElement ? frame.contentDocument : null;
      if (!doc || doc.querySelectorAll(target).length < atLeast) return false;
      const widgetOrigin = frame.contentWindow?.performance.timeOrigin ?? performance.timeOrigin;
      return { page: performance.now(), widget: performance.timeOrigin + performance.now() - widgetOrigin };
    },
    [WIDGET_FRAME, selector, count],
    { polling: 'raf', timeout },
  );
  return handle.jsonValue();
}
