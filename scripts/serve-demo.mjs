// A tiny static server for the demo (no dependencies): the fake CRM host page from dist/demo and the
// unchanged production widget from dist/widget under /widget/. Run `node scripts/build.mjs` first.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = fileURLToPath(new URL('../dist/demo', import.meta.url));
const widgetDir = fileURLToPath(new URL('../dist/widget', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file inside one of the two roots, or null when it escapes them. */
function resolveFile(pathname) {
  if (pathname === '/') return join(demoDir, 'index.html');
  const [root, rest] = pathname === '/widget' || pathname.startsWith('/widget/')
    ? [widgetDir, pathname.slice('/widget'.length) || '/widget.html']
    : [demoDir, pathname];
  const file = normalize(join(root, rest));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function fileFor(pathname) {
  const file = resolveFile(pathname);
  if (!file) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, pathname.startsWith('/widget') ? 'widget.html' : 'index.html');
      return (await stat(index)).isFile() ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = null;
  }
  const file = decoded && (request.method === 'GET' || request.method === 'HEAD') ? await fileFor(decoded) : null;
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  console.log(`Lead Convert demo: http://${host}:${port}/  (widget at /widget/widget.html)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
