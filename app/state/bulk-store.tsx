// The rep's raw bulk decisions (per row + shared options + filter) and nothing else: rows, options and
// results stay in the engine/react-query; what a row will do is derived by planBulkRun on every render.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { BulkDecision, BulkFilter, BulkSharedOptions } from '../api/bulk/bulk-types';
import type { RecordId } from '../api/crm-host';
import type { ConversionChoices, TargetModule } from '../domain/conversion-model';

export const DEFAULT_DEAL_NAME_TEMPLATE = '{Company}';

export const defaultSharedOptions: BulkSharedOptions = {
  createDeal: false,
  deal: { Deal_Name: DEFAULT_DEAL_NAME_TEMPLATE },
  ownerId: undefined,
  notifyLeadOwner: false,
  notifyNewOwner: false,
  attachmentsTo: 'Contacts',
  carryOverTags: true,
};

const AUTO: BulkDecision = { kind: 'auto' };

type BulkState = {
  decisions: Record<RecordId, BulkDecision>;
  shared: BulkSharedOptions;
  filter: BulkFilter;
  /** The row whose resolution section is open (one at a time). */
  expandedLeadId: RecordId | null;
  actions: BulkActions;
};

export type BulkActions = {
  createNewChosen(leadId: RecordId): void;
  skipChosen(leadId: RecordId): void;
  /** The expanded row's ResolutionSection produced choices (contact/account/overwrite only are used). */
  resolutionChosen(leadId: RecordId, choices: ConversionChoices): void;
  decisionCleared(leadId: RecordId): void;
  /** Failed rows come back to review: their earlier decision is forgotten. */
  rowsReturnedToReview(leadIds: RecordId[]): void;
  rowExpanded(leadId: RecordId | null): void;
  filterChosen(filter: BulkFilter): void;
  dealToggled(createDeal: boolean): void;
  dealFieldChanged(apiName: string, value: string): void;
  pipelineChosen(pipeline: string, firstStage: string): void;
  ownerChosen(ownerId: RecordId | undefined): void;
  notifyLeadOwnerToggled(notify: boolean): void;
  notifyNewOwnerToggled(notify: boolean): void;
  attachmentsTargetChosen(target: TargetModule): void;
  carryOverTagsToggled(carry: boolean): void;
};

type BulkStore = StoreApi<BulkState>;

export function createBulkStore(initial: Partial<Pick<BulkState, 'decisions' | 'shared'>> = {}): BulkStore {
  return createStore<BulkState>()((set) => {
    const decide = (leadId: RecordId, decision: BulkDecision) =>
      set((state) => ({ decisions: { ...state.decisions, [leadId]: decision } }));
    const share = (patch: Partial<BulkSharedOptions>) => set((state) => ({ shared: { ...state.shared, ...patch } }));
    const dealPatch = (patch: Record<string, string>) => set((state) => ({ shared: { ...state.shared, deal: { ...state.shared.deal, ...patch } } }));
    return {
      decisions: initial.decisions ?? {},
      shared: initial.shared ?? defaultSharedOptions,
      filter: 'all',
      expandedLeadId: null,
      actions: {
        createNewChosen: (leadId) => decide(leadId, { kind: 'create-new' }),
        skipChosen: (leadId) => decide(leadId, { kind: 'skip' }),
        resolutionChosen: (leadId, choices) => decide(leadId, { kind: 'resolved', choices }),
        decisionCleared: (leadId) =>
          set((state) => {
            const rest = { ...state.decisions };
            delete rest[leadId];
            return { decisions: rest };
          }),
        rowsReturnedToReview: (leadIds) =>
          set((state) => {
            const rest = { ...state.decisions };
            for (const leadId of leadIds) delete rest[leadId];
            return { decisions: rest };
          }),
        rowExpanded: (expandedLeadId) => set({ expandedLeadId }),
        filterChosen: (filter) => set({ filter }),
        dealToggled: (createDeal) => share({ createDeal }),
        dealFieldChanged: (apiName, value) => dealPatch({ [apiName]: value }),
        pipelineChosen: (Pipeline, Stage) => dealPatch({ Pipeline, Stage }),
        ownerChosen: (ownerId) => share({ ownerId }),
        notifyLeadOwnerToggled: (notifyLeadOwner) => share({ notifyLeadOwner }),
        notifyNewOwnerToggled: (notifyNewOwner) => share({ notifyNewOwner }),
        attachmentsTargetChosen: (attachmentsTo) => share({ attachmentsTo }),
        carryOverTagsToggled: (carryOverTags) => share({ carryOverTags }),
      },
    };
  });
}

const BulkStoreContext = createContext<BulkStore | null>(null);

/** One store per opened bulk widget (and per test). */
export function BulkStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createBulkStore());
  return <BulkStoreContext.Provider value={store}>{children}</BulkStoreContext.Provider>;
}

function useBulkStore<T>(selector: (state: BulkState) => T): T {
  const store = useContext(BulkStoreContext);
  if (!store) throw new Error('bulk hooks must be used inside <BulkStoreProvider>');
  return useStore(store, selector);
}

export const useBulkDecisions = () => useBulkStore((state) => state.decisions);
export const useBulkDecision = (leadId: RecordId) => useBulkStore((state) => state.decisions[leadId] ?? AUTO);
export const useBulkShared = () => useBulkStore((state) => state.shared);
export const useBulkFilter = () => useBulkStore((state) => state.filter);
export const useExpandedLeadId = () => useBulkStore((state) => state.expandedLeadId);
export const useBulkActions = () => useBulkStore((state) => state.actions);
