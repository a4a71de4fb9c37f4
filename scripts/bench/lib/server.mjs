// Starts scripts/serve-demo.mjs (dist/demo + dist/widget) on a free port for the benchmark, and stops it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('../../serve-demo.mjs', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with { origin, stop() } once the demo server prints its banner. */
export async function startDemoServer() {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const child = spawn(process.execPath, [serveScript], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo server did not start within 10 s')), 10_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Lead Convert demo')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited with code ${code}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
