import type { RecordId } from '../../api/crm-host';

/**
 * What a bulk run has sent to Zoho and not yet seen settle, so that closing and reopening the widget never
 * converts a lead twice: pending jobs are polled (not resubmitted), leads in flight are read back first.
 */
export type RunJournal = {
  version: 1;
  /** jobId null = the submit was sent but its answer never came (the job may exist). */
  jobs: { jobId: RecordId | null; leadIds: RecordId[] }[];
  /** Single converts sent and not yet answered. */
  singles: RecordId[];
};

export const EMPTY_JOURNAL: RunJournal = { version: 1, jobs: [], singles: [] };

/** The storage key of a selection: order-independent (FNV-1a over the sorted ids). */
export function journalKey(leadIds: RecordId[]): string {
  const text = [...leadIds].sort().join(',');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `lead-convert.bulk-journal.${hash.toString(16).padStart(8, '0')}.${leadIds.length}`;
}

export function serializeJournal(journal: RunJournal): string {
  return JSON.stringify(journal);
}

/** A journal read back from storage; anything unreadable counts as empty (never throws). */
export function parseJournal(text: string | null): RunJournal {
  if (!text) return EMPTY_JOURNAL;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || value['version'] !== 1 || !Array.isArray(value['jobs']) || !Array.isArray(value['singles'])) return EMPTY_JOURNAL;
    const jobs: RunJournal['jobs'] = [];
    for (const job of value['jobs']) {
      const leadIds = isRecord(job) ? validIds(job['leadIds']) : [];
      if (!isRecord(job) || leadIds.length === 0) continue;
      const jobId = job['jobId'];
      // A job id that is not a Zoho id cannot be polled; null makes the run read its leads back instead.
      jobs.push({ jobId: isId(jobId) ? jobId : null, leadIds });
    }
    const singles = validIds(value['singles']);
    return { version: 1, jobs, singles };
  } catch {
    return EMPTY_JOURNAL;
  }
}

export function journalLeadIds(journal: RunJournal): Set<RecordId> {
  return new Set([...journal.jobs.flatMap((job) => job.leadIds), ...journal.singles]);
}

export function isJournalEmpty(journal: RunJournal): boolean {
  return journal.jobs.length === 0 && journal.singles.length === 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Storage is untrusted: only Zoho ids (digit strings) may come back out of it and into a request. */
function isId(value: unknown): value is RecordId {
  return typeof value === 'string' && /^[0-9]{1,20}$/.test(value);
}

/** Each valid id is kept on its own: one damaged entry must not make the run forget the leads still in flight. */
function validIds(value: unknown): RecordId[] {
  return Array.isArray(value) ? value.filter(isId) : [];
}
