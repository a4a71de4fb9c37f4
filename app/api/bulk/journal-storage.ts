import type { RecordId } from '../crm-host';
import { EMPTY_JOURNAL, isJournalEmpty, journalKey, parseJournal, serializeJournal, type RunJournal } from '../../domain/bulk/run-journal';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const memory = new Map<string, string>();
/** Used when localStorage is missing or throws (third-party iframe with storage blocked). */
export const memoryStorage: JournalStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

function defaultStorage(): JournalStorage {
  try {
    const storage = globalThis.localStorage;
    return storage ?? memoryStorage;
  } catch {
    return memoryStorage;
  }
}

/** The run journal of one selection, persisted on every change; storage errors fall back to memory. */
export class JournalStore {
  private readonly key: string;
  private storage: JournalStorage;
  private journal: RunJournal;

  constructor(leadIds: RecordId[], storage?: JournalStorage | null) {
    this.key = journalKey(leadIds);
    this.storage = storage ?? defaultStorage();
    this.journal = parseJournal(this.read());
  }

  get current(): RunJournal {
    return this.journal;
  }

  update(change: (journal: RunJournal) => RunJournal): void {
    this.journal = change(this.journal);
    this.write();
  }

  clear(): void {
    this.journal = EMPTY_JOURNAL;
    this.write();
  }

  private read(): string | null {
    try {
      return this.storage.getItem(this.key);
    } catch {
      this.storage = memoryStorage;
      return memoryStorage.getItem(this.key);
    }
  }

  private write(): void {
    const apply = (storage: JournalStorage) =>
      isJournalEmpty(this.journal) ? storage.removeItem(this.key) : storage.setItem(this.key, serializeJournal(this.journal));
    try {
      apply(this.storage);
    } catch {
      this.storage = memoryStorage;
      apply(memoryStorage);
    }
  }
}
