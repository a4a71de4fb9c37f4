import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.mjs';

export const ZOHO_SDK_URL = 'https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js';

// Strings that only exist in the simulator, the stand-in SDK or the demo; none may reach the zip.
const SIMULATOR_MARKERS = ['createSimulatedCrm', 'SimulatedNetworkError', 'serveWidgetFrame', 'kaizen-137', 'Zylker Biotech'];

const BUNDLE_CODE_SINKS = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
];

/** Throws with every problem found in the production build that zet would ship. */
export function checkWidgetBuild(widgetDir) {
  const problems = [];
  const files = listFiles(widgetDir);
  const html = readFileSync(join(widgetDir, 'widget.html'), 'utf8');
  if (!html.includes(`<script src="${ZOHO_SDK_URL}"></script>`)) problems.push('widget.html does not load the Zoho SDK 1.5 from the CDN');
  for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    if (url === ZOHO_SDK_URL) continue;
    if (!url.startsWith('./')) problems.push(`widget.html references a non-relative asset: ${url}`);
    else if (!files.includes(url.slice(2))) problems.push(`widget.html references a missing file: ${url}`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) problems.push('widget.html has an inline script');
  for (const file of files.filter((f) => /\.(js|css|html)$/.test(f))) {
    const content = readFileSync(join(widgetDir, file), 'utf8');
    for (const marker of SIMULATOR_MARKERS) if (content.includes(marker)) problems.push(`${file} contains simulator code (${marker})`);
    // The bundle includes React and every dependency: none of them may turn strings into code either.
    for (const [pattern, what] of BUNDLE_CODE_SINKS) if (pattern.test(content)) problems.push(`${file} contains ${what}`);
  }
  if (problems.length) throw new Error(`production build check failed:\n- ${problems.join('\n- ')}`);
  return files;
}
