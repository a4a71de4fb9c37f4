import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// The import boundaries of docs/style-guide: only app/host/zoho talks to the SDK; the simulator and the
// demo never reach the production entry; domain code has no React and no I/O.
const boundaries = [
  { target: './app/domain', from: './app/host', message: 'domain code does no I/O' },
  { target: './app/domain', from: './app/screens' },
  { target: './app/domain', from: './app/components' },
  { target: './app/domain', from: './app/state' },
  { target: './app/api', from: './app/host', message: 'the port does not know its implementations' },
  { target: './app/host/zoho', from: './app/host/simulator', message: 'the Zoho adapter must not know the simulator' },
  { target: './app/host/simulator', from: './app/host/zoho', message: 'the simulator must not reuse the adapter it is meant to check' },
  { target: './app/host/simulator', from: './app/domain', message: 'a simulator reusing the UI logic cannot catch its bugs' },
  {
    target: ['./app/main.tsx', './app/app.tsx', './app/api', './app/domain', './app/state', './app/screens', './app/components'],
    from: ['./app/host/simulator', './app/demo'],
    message: 'the simulator and the demo never ship in the widget',
  },
  { target: ['./app/api', './app/domain', './app/state', './app/screens', './app/components'], from: './app/host/zoho', message: 'only main.tsx picks the host implementation' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'off',
      'no-console': 'error',
      // Data must never become code (also checked on the raw sources by scripts/lib/check-source-safety.mjs).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'CRM data must render as text' },
        { selector: "JSXAttribute[name.name='srcDoc']", message: 'CRM data must render as text' },
        { selector: "CallExpression[callee.name='eval']", message: 'no eval' },
        { selector: "NewExpression[callee.name='Function']", message: 'no new Function' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'CRM data must render as text (no innerHTML)' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'CRM data must render as text' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'no document.write' },
        { selector: "JSXAttribute[name.name='href'] > Literal[value=/^\\s*javascript:/i]", message: 'no javascript: URLs' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'ZOHO', message: 'only app/host/zoho may touch the Zoho SDK' },
        { name: 'zrc', message: 'only app/host/zoho may touch the Zoho SDK' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'ZOHO', message: 'only app/host/zoho may touch the Zoho SDK' },
        { object: 'globalThis', property: 'ZOHO', message: 'only app/host/zoho may touch the Zoho SDK' },
      ],
    },
  },
  {
    files: ['app/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'zustand', 'zustand/*'], message: 'domain code is pure: no React, no I/O' }] },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'window', 'document', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'ZOHO', 'zrc'].map((name) => ({ name, message: 'domain code is pure: no I/O' })),
      ],
    },
  },
  {
    // The Zoho adapter owns the SDK globals; the stand-in SDK defines them.
    files: ['app/host/zoho/**/*.ts', 'app/host/simulator/stand-in-sdk/**/*.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['app/host/simulator/**/*.{ts,tsx}', 'app/demo/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
  {
    // Hostile test data holds javascript: URLs on purpose, as strings that must stay text.
    files: ['app/host/simulator/scenarios/**/*.ts', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-script-url': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
