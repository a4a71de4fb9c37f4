// The rep's merge-related choices (issue #8): per-field picks for the existing records, records picked from
// a search, and whether to add the audit note. Its own slice, beside the conversion choices, so the two grow
// independently; server data (the fetched records) stays in react-query.
import type { AccountCandidate, ContactCandidate, RecordId, RecordModule } from '../api/crm-host';
import type { ConversionChoices } from '../domain/conversion-model';
import type { MergePick } from '../domain/merge/field-diff';

export type SearchedRecords = { Contacts?: ContactCandidate | undefined; Accounts?: AccountCandidate | undefined };

export type MergeState = {
  /** Per existing record id, per field API name: which value wins (absent → the default pick). */
  picks: Record<RecordId, Record<string, MergePick>>;
  /** Records the rep found by searching and chose; Zoho did not offer them. */
  searched: SearchedRecords;
  /** undefined → on (the default). */
  auditNote: boolean | undefined;
};

export type SearchPick = { module: 'Contacts'; record: ContactCandidate } | { module: 'Accounts'; record: AccountCandidate };

export type MergeActions = {
  mergePicked(event: { recordId: RecordId; field: string; pick: MergePick }): void;
  /** Chooses the record for its module, as if Zoho had offered it. */
  searchResultPicked(pick: SearchPick): void;
  /** Zoho refused a searched record (INVALID_DATA): forget it and that module's choice, nothing else. */
  searchedRecordRejected(module: RecordModule): void;
  auditNoteToggled(on: boolean): void;
};

type WithMerge = { merge: MergeState; choices: ConversionChoices };
type SetState<S> = (update: (state: S) => Partial<S>) => void;

export const INITIAL_MERGE: MergeState = { picks: {}, searched: {}, auditNote: undefined };

export function createMergeActions<S extends WithMerge>(set: SetState<S>): MergeActions {
  const patchMerge = (state: S, patch: Partial<MergeState>) => ({ merge: { ...state.merge, ...patch } }) as Partial<S>;
  return {
    mergePicked: ({ recordId, field, pick }) =>
      set((state) => patchMerge(state, { picks: { ...state.merge.picks, [recordId]: { ...state.merge.picks[recordId], [field]: pick } } })),
    searchResultPicked: (pick) =>
      set((state) => {
        const key = pick.module === 'Contacts' ? 'contact' : 'account';
        return {
          ...patchMerge(state, { searched: { ...state.merge.searched, [pick.module]: pick.record } }),
          choices: { ...state.choices, [key]: { kind: 'existing', id: pick.record.id } },
        } as Partial<S>;
      }),
    searchedRecordRejected: (module) =>
      set((state) => {
        const key = module === 'Contacts' ? 'contact' : 'account';
        return { ...patchMerge(state, { searched: { ...state.merge.searched, [module]: undefined } }), choices: { ...state.choices, [key]: undefined } } as Partial<S>;
      }),
    auditNoteToggled: (on) => set((state) => patchMerge(state, { auditNote: on })),
  };
}
