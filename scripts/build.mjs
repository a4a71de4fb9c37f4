// Builds everything the demo server and the browser tests serve:
//   dist/widget/            the production widget, exactly as `npm run pack` ships it (vite.config.ts)
//   dist/demo/              the fake CRM host page (React), never shipped
//   dist/demo/stand-in-sdk.js  the stand-in Zoho SDK as one classic script (IIFE)
//   dist/demo/sw.js         the service worker that answers the SDK's CDN URL with the stand-in
// Each part is built independently so one failure still leaves the others usable; the exit code is
// non-zero when any part failed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { checkSourceSafety } from './lib/check-source-safety.mjs';

const fromRoot = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const demoOutDir = fromRoot('dist/demo');
const standInEntry = fromRoot('app/host/simulator/stand-in-sdk/stand-in-sdk-entry.ts');
const serviceWorkerEntry = fromRoot('app/demo/service-worker/sdk-service-worker.ts');

const quiet = { logLevel: 'warn', clearScreen: false };

/** One self-contained classic script; the widget page and the SW both load it without modules. */
function classicScript({ entry, name, fileName }) {
  return {
    ...quiet,
    configFile: false,
    root: fromRoot('.'),
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: demoOutDir,
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      copyPublicDir: false,
      lib: { entry, name, formats: ['iife'], fileName: () => fileName },
    },
  };
}

const widget = () => build({ ...quiet, configFile: fromRoot('vite.config.ts') });

const demoPage = () =>
  build({
    ...quiet,
    configFile: false,
    root: fromRoot('app/demo'),
    base: '/',
    publicDir: false,
    plugins: [react()],
    build: { outDir: demoOutDir, emptyOutDir: true, sourcemap: false },
  });

function requireEntry(entry) {
  if (!existsSync(entry)) throw new Error(`entry not found: ${entry}`);
}

const standInSdk = () => {
  requireEntry(standInEntry);
  return build(classicScript({ entry: standInEntry, name: 'ZohoStandInSdk', fileName: 'stand-in-sdk.js' }));
};

const serviceWorker = () => {
  requireEntry(serviceWorkerEntry);
  return build(classicScript({ entry: serviceWorkerEntry, name: 'SdkServiceWorker', fileName: 'sw.js' }));
};

const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

async function timed(label, run) {
  const started = performance.now();
  try {
    await run();
    console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
    return true;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(ANSI_COLOURS, '');
    const lines = message.split('\n').filter((line) => line.trim() !== '');
    console.error(`✗ ${label}: ${lines.slice(0, 3).join('\n    ')}`);
    return false;
  }
}

// Data must never become code: no part is built from sources that could turn text into code or markup.
checkSourceSafety(fromRoot('app'));

// The demo page empties dist/demo, so the two classic scripts land there only after it.
const results = await Promise.all([
  timed('widget      → dist/widget', widget),
  (async () => {
    const page = await timed('demo page   → dist/demo', demoPage);
    const scripts = await Promise.all([
      timed('stand-in SDK → dist/demo/stand-in-sdk.js', standInSdk),
      timed('SDK service worker → dist/demo/sw.js', serviceWorker),
    ]);
    return page && scripts.every(Boolean);
  })(),
]);

if (!results.every(Boolean)) process.exitCode = 1;
