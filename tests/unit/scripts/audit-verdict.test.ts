import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../../scripts/lib/audit-verdict.mjs';

const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts }, dependencies: { prod: 5 } } });

describe('auditVerdict (npm run audit)', () => {
  it('passes a clean report and one with only low/moderate findings', () => {
    expect(auditVerdict(report({}))).toMatchObject({ status: 'pass' });
    expect(auditVerdict(report({ low: 1, moderate: 2, total: 3 }, { x: { severity: 'moderate' } }))).toMatchObject({ status: 'pass' });
  });

  it('fails on a high or critical finding, naming the package', () => {
    const verdict = auditVerdict(report({ critical: 1, total: 1 }, { 'evil-pkg': { severity: 'critical' } }));
    expect(verdict).toMatchObject({ status: 'fail' });
    expect(verdict.message).toContain('evil-pkg (critical)');
    expect(auditVerdict(report({ high: 2, total: 2 }))).toMatchObject({ status: 'fail' });
  });

  it.each([
    // What this sandbox's proxy answers to the bulk advisory POST (npm 11).
    ['a 405 from the advisory endpoint', JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } })],
    ['an offline registry', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } })],
    ['no output at all', ''],
  ])('does not fail when the audit could not run: %s', (_label, output) => {
    expect(auditVerdict(output)).toMatchObject({ status: 'unavailable' });
  });
});
