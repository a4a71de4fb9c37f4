// Figure 3: what the widget zip loads first, gzip-compressed (level 9, per file, like a CDN/HTTP server would).
// First load = dist/widget/widget.html's module script(s), its modulepreload links and its stylesheets — the
// lazy chunks (import()) are not counted. Zoho's SDK script is external (not in the zip) and not counted.
// Framework share: a second tiny in-memory Vite build of just the framework imports the widget uses (below).
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const BUNDLE_TARGET_BYTES = 100 * 1024;
const root = fileURLToPath(new URL('../../', import.meta.url));
const widgetHtml = join(root, 'dist/widget/widget.html');
const FRAMEWORK = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(react|react-dom|scheduler|@tanstack\/query-core|@tanstack\/react-query|zustand|use-sync-external-store)\//;

const gzipSize = (content) => gzipSync(content, { level: 9 }).length;

/** The files widget.html loads before any import(): [{ kind, href }]. */
export function firstLoadFiles(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;
    const type = attr('type');
    const rel = attr('rel');
    if (tag.toLowerCase().startsWith('<script') && type === 'module' && attr('src')) files.push({ kind: 'js', href: attr('src') });
    else if (rel === 'modulepreload' && attr('href')) files.push({ kind: 'js', href: attr('href') });
    else if (rel === 'stylesheet' && attr('href')) files.push({ kind: 'css', href: attr('href') });
  }
  return files.filter((file) => !/^(https?:)?\/\//.test(file.href));
}

const FRAMEWORK_MODULES = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', '@tanstack/react-query', 'zustand'];
const SHIPPED_SOURCES = join(root, 'app');
const NOT_SHIPPED = [join(root, 'app/demo'), join(root, 'app/host/simulator')];

/** Every value the shipped widget sources import from the framework packages: { module: Set<name> }. */
async function frameworkImports() {
  const used = new Map(FRAMEWORK_MODULES.map((name) => [name, new Set()]));
  // The automatic JSX runtime (plugin-react) is imported by every .tsx file.
  for (const name of ['jsx', 'jsxs', 'Fragment']) used.get('react/jsx-runtime').add(name);
  const entries = await readdir(SHIPPED_SOURCES, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || NOT_SHIPPED.some((dir) => file.startsWith(dir))) continue;
    const source = await readFile(file, 'utf8');
    for (const [, typeOnly, names, module] of source.matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      if (!used.has(module) || typeOnly) continue;
      for (const raw of names.split(',')) {
        const name = raw.trim().split(/\s+as\s+/)[0]?.trim();
        if (name && !name.startsWith('type ')) used.get(module).add(name);
      }
    }
  }
  return used;
}

/**
 * The framework's share: a tiny Vite production build (minified, NODE_ENV production, tree-shaken) whose only
 * entry re-exports exactly the names the widget imports from React, ReactDOM, TanStack Query and zustand
 * (scheduler comes in through react-dom). Its JS, gzipped at level 9, approximates what those packages
 * weigh inside the widget's first-load JS (in the real chunk they compress together with the app code).
 */
async function frameworkShare() {
  const used = await frameworkImports();
  let alias = 0;
  const entryCode = [...used]
    .filter(([, names]) => names.size > 0)
    .map(([module, names]) => `export { ${[...names].map((name) => `${name} as n${(alias += 1)}`).join(', ')} } from '${module}';`)
    .join('\n');
  const ENTRY = '\0bench-framework-entry';
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [{ name: 'bench-framework-entry', resolveId: (id) => (id === 'bench-framework-entry' ? ENTRY : null), load: (id) => (id === ENTRY ? entryCode : null) }],
    build: { write: false, sourcemap: false, rollupOptions: { input: 'bench-framework-entry', preserveEntrySignatures: 'strict' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
  const chunks = outputs.filter((item) => item.type === 'chunk');
  const packages = {};
  for (const chunk of chunks) {
    for (const id of Object.keys(chunk.modules)) {
      const name = FRAMEWORK.exec(id.replaceAll('\\', '/'))?.[1];
      if (name) packages[name] = true;
    }
  }
  const gzipBytes = chunks.reduce((sum, chunk) => sum + gzipSize(chunk.code), 0);
  return { gzipBytes, rawBytes: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0), packages: Object.keys(packages).sort(), imports: Object.fromEntries([...used].map(([module, names]) => [module, [...names].sort()])) };
}

/** Relative modules a chunk imports statically (`import…from"./x.js"`, `import"./x.js"`), not `import("./x.js")`. */
export function staticImports(code) {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)].map((match) => match[1]);
}

export async function measureBundle() {
  const html = await readFile(widgetHtml, 'utf8');
  const files = [];
  const seen = new Set();
  // widget.html's files, plus every chunk their JS imports statically (whether or not it is modulepreloaded):
  // all of that runs before the first screen.
  const queue = firstLoadFiles(html);
  while (queue.length > 0) {
    const file = queue.shift();
    const path = join(dirname(widgetHtml), file.href);
    if (seen.has(path)) continue;
    seen.add(path);
    const content = await readFile(path);
    files.push({ ...file, rawBytes: content.length, gzipBytes: gzipSize(content) });
    if (file.kind === 'js') {
      for (const href of staticImports(content.toString('utf8'))) queue.push({ kind: 'js', href: join(dirname(file.href), href) });
    }
  }
  const sum = (kind) => files.filter((file) => kind === undefined || file.kind === kind).reduce((total, file) => total + file.gzipBytes, 0);
  const framework = await frameworkShare();
  // For honesty beside the first load: what a single conversion downloads in all (its lazy chunks start at boot,
  // in parallel with the CRM reads) and what the whole widget weighs.
  const assetsDir = join(dirname(widgetHtml), 'assets');
  const assets = [];
  for (const name of await readdir(assetsDir)) {
    if (/\.(js|css)$/.test(name)) assets.push({ name, gzipBytes: gzipSize(await readFile(join(assetsDir, name))) });
  }
  const total = (list) => list.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  // The resolution screen also waits for the page's logic chunk (downloaded at boot beside the CRM reads) and
  // whatever it imports statically that the first load does not already hold.
  const pageLogic = [];
  const pending = assets.filter((asset) => /^conversion-logic-.*\.js$/.test(asset.name)).map((asset) => join(assetsDir, asset.name));
  while (pending.length > 0) {
    const path = pending.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const content = await readFile(path);
    pageLogic.push({ path, gzipBytes: gzipSize(content) });
    for (const href of staticImports(content.toString('utf8'))) pending.push(join(dirname(path), href));
  }
  return {
    pageLogicGzipBytes: total(pageLogic),
    resolutionScreenGzipBytes: sum() + total(pageLogic),
    singleFlowGzipBytes: total(assets.filter((asset) => !asset.name.startsWith('bulk-screen'))),
    allGzipBytes: total(assets),
    files,
    jsGzipBytes: sum('js'),
    cssGzipBytes: sum('css'),
    totalGzipBytes: sum(),
    targetBytes: BUNDLE_TARGET_BYTES,
    framework,
  };
}
