// The org's records for React: one cached snapshot per change, so useSyncExternalStore sees a stable value.
import { useMemo, useSyncExternalStore } from 'react';
import type { OrgSnapshot, SimulatedCrm } from '../../host/simulator/simulated-crm-types';

export type SnapshotStore = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): OrgSnapshot;
  /** Re-reads the org now (after a reset, or when the widget asks CRM to reload the page). */
  refresh(): void;
};

export function createSnapshotStore(crm: SimulatedCrm): SnapshotStore {
  let current = crm.snapshot();
  const listeners = new Set<() => void>();
  const refresh = () => {
    current = crm.snapshot();
    listeners.forEach((listener) => listener());
  };
  crm.subscribe(refresh);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => current,
    refresh,
  };
}

export function useOrgSnapshot(store: SnapshotStore): OrgSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Ids present when the scenario was loaded; anything else was created by a conversion. */
export function useBaselineIds(snapshotAtReset: OrgSnapshot): ReadonlySet<string> {
  return useMemo(
    () => new Set([...snapshotAtReset.contacts, ...snapshotAtReset.accounts, ...snapshotAtReset.deals].map((record) => record.id)),
    [snapshotAtReset],
  );
}
