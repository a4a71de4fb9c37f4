import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const appDir = fileURLToPath(new URL('./app', import.meta.url));
const CONVERSION_LOGIC = /app[\\/](domain[\\/](check-conversion|deal-defaults|validate-deal|parse-amount|deal-setup|deals-layout|restore-draft|reconcile-convert|merge[\\/]with-searched-records)|api[\\/](convert-lead-mutation|reread-lead-mutation|record-queries)|screens[\\/](conversion-logic|use-convert-flow|focus-target|use-merge-records|use-merge-follow-up|use-record-search))\.ts$/;

// The production widget: what `npm run pack` zips. Root is app/ so the build lands flat in
// dist/widget (widget.html + assets/), which is exactly the app/ folder zet packs.
export default defineConfig({
  root: appDir,
  base: './', // the widget is served from a nested path inside CRM; absolute URLs would 404
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/widget', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false, // zet drops .map files; shipping none keeps the zip honest
    manifest: false, // would write .vite/manifest.json, and zet rejects dotted folders
    // Browsers that run Zoho CRM support <link rel="modulepreload">; the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: fileURLToPath(new URL('./app/widget.html', import.meta.url)),
      output: {
        codeSplitting: {
          // Only the named modules: their dependencies (shared with the first screen) stay in the first load.
          includeDependenciesRecursively: false,
          // The page's logic (edit-step rules, convert flow) is one file: the bulk flow shares some of it, and the bundler would
          // otherwise cut them into several small shared chunks, each a request the resolution screen waits for.
          groups: [{ name: 'conversion-logic', test: CONVERSION_LOGIC }],
        },
      },
    },
  },
  test: {
    root: repoRoot,
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // CI and the bench share 2 cores; the slowest integration tests (a whole bulk run) need more than 5 s there.
    testTimeout: 20_000,
  },
});
