import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../app/api/bulk/journal-storage';
import { EMPTY_JOURNAL, journalKey, journalLeadIds, parseJournal, serializeJournal, type RunJournal } from '../../../app/domain/bulk/run-journal';

const journal: RunJournal = { version: 1, jobs: [{ jobId: '77', leadIds: ['1', '2'] }, { jobId: null, leadIds: ['3'] }], singles: ['4'] };

describe('run journal', () => {
  it('round-trips', () => expect(parseJournal(serializeJournal(journal))).toEqual(journal));
  it.each([null, '', 'not json', '{"version":2,"jobs":[],"singles":[]}', '[]', '{"version":1,"jobs":"x","singles":[]}'])('%j parses as empty', (text) => {
    expect(parseJournal(text)).toEqual(EMPTY_JOURNAL);
  });
  it('drops malformed entries', () => {
    expect(parseJournal('{"version":1,"jobs":[{"jobId":5,"leadIds":["1"]},{"leadIds":[1]}],"singles":["9"]}')).toEqual({ version: 1, jobs: [{ jobId: null, leadIds: ['1'] }], singles: ['9'] });
  });
  // Found by fuzzing (tests/unit/fuzz/run-journal.fuzz.test.ts): any string came back as a job or lead id.
  it('reads a job id that is not a Zoho id as unknown, and drops only the lead ids that are not Zoho ids', () => {
    const stored = '{"version":1,"jobs":[{"jobId":"","leadIds":["1"]},{"jobId":"../x","leadIds":["2","<b>"]},{"jobId":"7","leadIds":["3/../4"]}],"singles":["9","x"]}';
    expect(parseJournal(stored)).toEqual({ version: 1, jobs: [{ jobId: null, leadIds: ['1'] }, { jobId: null, leadIds: ['2'] }], singles: ['9'] });
  });
  it('keys ignore the order of the selection', () => {
    expect(journalKey(['2', '1'])).toBe(journalKey(['1', '2']));
    expect(journalKey(['1', '2'])).not.toBe(journalKey(['1', '3']));
  });
  it('lists the held leads', () => expect([...journalLeadIds(journal)].sort()).toEqual(['1', '2', '3', '4']));

  it('persists to the storage and falls back to memory when storage throws', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    new JournalStore(['1', '2'], storage).update(() => journal);
    expect(new JournalStore(['2', '1'], storage).current).toEqual(journal);
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } };
    const store = new JournalStore(['x'], broken);
    store.update(() => journal);
    expect(store.current).toEqual(journal);
    expect(new JournalStore(['x'], broken).current).toEqual(journal);
    store.clear();
    expect(new JournalStore(['x'], broken).current).toEqual(EMPTY_JOURNAL);
  });
});
