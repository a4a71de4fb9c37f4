import type { BulkResult } from '../../api/bulk/bulk-types';

/**
 * The results as CSV (RFC 4180: CRLF line ends, every field quoted when it holds a comma, quote or line
 * break, quotes doubled). Cells starting with = + - @ (or tab/CR) get a leading ' so spreadsheets do not
 * run them as formulas (OWASP CSV injection).
 */
export function bulkResultsCsv(results: BulkResult[], header: readonly string[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of results) {
    lines.push([r.leadId, r.name, r.company, r.outcome, r.how, r.reason, r.contactId, r.accountId, r.dealId].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
