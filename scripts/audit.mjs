// npm run audit: `npm audit --omit=dev --audit-level=high` with a verdict CI can rely on (see lib/audit-verdict.mjs).
// Production dependencies (package.json "dependencies"): react, react-dom, @tanstack/react-query, zustand.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './lib/audit-verdict.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', timeout: 60_000 });
const verdict = auditVerdict(result.stdout ?? '');

if (verdict.status === 'fail') {
  console.error(`✗ npm audit: ${verdict.message}`);
  process.exitCode = 1;
} else if (verdict.status === 'unavailable') {
  console.warn(`⚠ npm audit did not run: ${verdict.message}. Not a finding; run \`npm run audit\` where the registry is reachable.`);
} else {
  console.log(`✓ npm audit: ${verdict.message}`);
}
