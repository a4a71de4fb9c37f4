// The rep's raw choices for one lead conversion, and nothing else: server data stays in react-query and
// every default (suggested contact, deal values, owner, tags…) is derived from it during render.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { RecordId } from '../api/crm-host';
import type { AccountChoice, ContactChoice, ConversionChoices, TargetModule } from '../domain/conversion-model';
import { createMergeActions, INITIAL_MERGE, type MergeActions, type MergeState } from './merge-slice';

export type ConversionStep = 'edit' | 'review';

type ConversionState = {
  choices: ConversionChoices;
  step: ConversionStep;
  actions: ConversionActions;
  /** Issue #8 (merge, search, audit note): its own slice and actions, see merge-slice.ts. */
  merge: MergeState;
  mergeActions: MergeActions;
};

export type ConversionActions = {
  contactChosen(choice: ContactChoice): void;
  accountChosen(choice: AccountChoice): void;
  /** A chosen record turned out to be gone or unusable: forget only that choice so the default applies. */
  choiceInvalidated(which: 'contact' | 'account'): void;
  overwriteToggled(overwrite: boolean): void;
  dealToggled(createDeal: boolean): void;
  dealFieldChanged(apiName: string, value: string): void;
  /** A new pipeline brings its own stages, so the stage moves along with it. */
  pipelineChosen(pipeline: string, firstStage: string): void;
  ownerChosen(userId: RecordId): void;
  notifyLeadOwnerToggled(notify: boolean): void;
  notifyNewOwnerToggled(notify: boolean): void;
  attachmentsTargetChosen(target: TargetModule): void;
  /** `current` is the list on screen (the derived default until the rep changes it). */
  tagToggled(event: { module: TargetModule; tag: string; carry: boolean; current: string[] }): void;
  reviewRequested(): void;
  editRequested(): void;
};

type ConversionStore = StoreApi<ConversionState>;

function createConversionStore(initial: ConversionChoices): ConversionStore {
  return createStore<ConversionState>()((set) => {
    const mergeActions = createMergeActions<ConversionState>(set);
    const choose = (patch: Partial<ConversionChoices>) => set((state) => ({ choices: { ...state.choices, ...patch } }));
    const dealPatch = (state: ConversionState, patch: Record<string, string>) => ({
      choices: { ...state.choices, deal: { ...state.choices.deal, ...patch } },
    });
    return {
      choices: initial,
      step: 'edit',
      actions: {
        contactChosen: (contact) => choose({ contact }),
        accountChosen: (account) => choose({ account }),
        choiceInvalidated: (which) => choose({ [which]: undefined }),
        overwriteToggled: (overwrite) => choose({ overwrite }),
        dealToggled: (createDeal) => choose({ createDeal }),
        dealFieldChanged: (apiName, value) => set((state) => dealPatch(state, { [apiName]: value })),
        pipelineChosen: (Pipeline, Stage) => set((state) => dealPatch(state, { Pipeline, Stage })),
        ownerChosen: (ownerId) => choose({ ownerId }),
        notifyLeadOwnerToggled: (notifyLeadOwner) => choose({ notifyLeadOwner }),
        notifyNewOwnerToggled: (notifyNewOwner) => choose({ notifyNewOwner }),
        attachmentsTargetChosen: (attachmentsTo) => choose({ attachmentsTo }),
        tagToggled: ({ module, tag, carry, current }) =>
          set((state) => {
            const rest = current.filter((name) => name !== tag);
            const next = carry ? [...rest, tag] : rest;
            return { choices: { ...state.choices, carryOverTags: { ...state.choices.carryOverTags, [module]: next } } };
          }),
        reviewRequested: () => set({ step: 'review' }),
        editRequested: () => set({ step: 'edit' }),
      },
      merge: INITIAL_MERGE,
      mergeActions,
    };
  });
}

const ConversionStoreContext = createContext<ConversionStore | null>(null);

/** One store per opened widget (and per test): no global state to reset. */
export function ConversionStoreProvider({ initial = {}, children }: { initial?: ConversionChoices; children: ReactNode }) {
  const [store] = useState(() => createConversionStore(initial));
  return <ConversionStoreContext.Provider value={store}>{children}</ConversionStoreContext.Provider>;
}

function useConversionStore<T>(selector: (state: ConversionState) => T): T {
  const store = useContext(ConversionStoreContext);
  if (!store) throw new Error('conversion hooks must be used inside <ConversionStoreProvider>');
  return useStore(store, selector);
}

export const useChoices = () => useConversionStore((state) => state.choices);
export const useContactChoice = () => useConversionStore((state) => state.choices.contact);
export const useAccountChoice = () => useConversionStore((state) => state.choices.account);
export const useCreateDeal = () => useConversionStore((state) => state.choices.createDeal ?? false);
export const useDealValues = () => useConversionStore((state) => state.choices.deal);
export const useConversionStep = () => useConversionStore((state) => state.step);
export const useConversionActions = () => useConversionStore((state) => state.actions);

export const useMergeState = () => useConversionStore((state) => state.merge);
export const useMergeActions = () => useConversionStore((state) => state.mergeActions);
