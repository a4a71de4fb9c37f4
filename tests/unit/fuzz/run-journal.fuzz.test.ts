// The bulk run journal comes back from local storage, which anything can have written: reading it never
// throws and never hands on an id that is not a Zoho id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJournal, serializeJournal } from '../../../app/domain/bulk/run-journal';
import { expectDigitIds, hostileValue, mutated, onTheWire, RUNS } from './hostile-json';

const VALID = { version: 1, jobs: [{ jobId: '3652397000009835020', leadIds: ['1', '2'] }, { jobId: null, leadIds: ['3'] }], singles: ['4'] };

describe('parseJournal under fuzzing', () => {
  it('reads any stored text as a journal of digit-string ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileValue.map(onTheWire), mutated(VALID).map(onTheWire)), (stored) => {
        const journal = parseJournal(typeof stored === 'string' ? stored : null);
        expectDigitIds(journal);
        for (const id of [...journal.singles, ...journal.jobs.flatMap((job) => job.leadIds)]) expect(id).toMatch(/^[0-9]+$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips a valid journal', () => {
    expect(parseJournal(serializeJournal(VALID as Parameters<typeof serializeJournal>[0]))).toEqual(VALID);
  });
});
