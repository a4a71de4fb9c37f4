// What `npm audit --omit=dev --json` printed means for CI. A real high or critical finding in a production
// dependency fails; an audit that could not run (registry unreachable, proxy refusing the bulk advisory POST,
// offline sandbox) is reported loudly but does not fail, because it says nothing about our dependencies.

const BLOCKING = ['high', 'critical'];

/** @returns {{ status: 'pass' | 'fail' | 'unavailable', message: string }} */
export function auditVerdict(jsonText) {
  let report;
  try {
    report = JSON.parse(jsonText);
  } catch {
    return { status: 'unavailable', message: 'npm audit printed no JSON report (is the registry reachable?)' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const findings = Object.entries(report.vulnerabilities ?? {})
      .filter(([, item]) => BLOCKING.includes(item?.severity))
      .map(([name, item]) => `${name} (${item.severity})`);
    const blocking = BLOCKING.reduce((sum, level) => sum + (Number(counts[level]) || 0), 0);
    if (blocking > 0) return { status: 'fail', message: `production dependencies have ${blocking} high/critical finding(s): ${findings.join(', ') || 'see npm audit'}` };
    return { status: 'pass', message: `no high or critical findings in production dependencies (${Number(counts.total) || 0} lower ones)` };
  }
  const reason = report?.error?.summary || report?.message || report?.code || 'unknown answer';
  return { status: 'unavailable', message: `the audit endpoint could not be used: ${reason}` };
}
