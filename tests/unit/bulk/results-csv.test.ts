import { describe, expect, it } from 'vitest';
import type { BulkResult } from '../../../app/api/bulk/bulk-types';
import { bulkResultsCsv, csvCell } from '../../../app/domain/bulk/results-csv';
import { enBulkReasons } from '../../../app/i18n/en-bulk-reasons';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(csvCell(value)).toBe(expected));
  it('null is an empty cell', () => expect(csvCell(null)).toBe(''));
});

describe('bulkResultsCsv', () => {
  it('header + one CRLF line per lead', () => {
    const result: BulkResult = { leadId: '1', name: 'Ada, Archer', company: '=cmd', outcome: 'converted', how: 'mass', reason: null, contactId: '2', accountId: null, dealId: null };
    expect(bulkResultsCsv([result], enBulkReasons.csvHeader)).toBe('Lead ID,Name,Company,Outcome,How,Reason,Contact ID,Account ID,Deal ID\r\n1,"Ada, Archer",\'=cmd,converted,mass,,2,,\r\n');
  });
});
