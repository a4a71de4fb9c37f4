// The existing records the lead will be merged into, read as soon as they are chosen (a suggested default
// is chosen from the start, so its fields are ready before the rep looks), and the merge plan over them.
import { useQuery } from '@tanstack/react-query';
import type { RecordId, RecordModule } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import { recordQueries } from '../api/record-queries';
import type { ConversionContext } from '../domain/conversion-model';
import { defaultChoices } from '../domain/default-choices';
import type { EffectiveResolution } from '../domain/effective-resolution';
import { buildMergePlan, recordMerge, type MergePlan, type RecordMerge } from '../domain/merge/merge-plan';
import { useMergeState } from '../state/conversion-store';

export type RecordMergeState = { status: 'loading' | 'error' | 'ready'; merge: RecordMerge | null; id: RecordId };

function useExistingRecord<M extends RecordModule>(module: M, id: RecordId | null) {
  const host = useCrmHost();
  return useQuery({ ...recordQueries.detail(host, module, id ?? '0'), enabled: id !== null });
}

export function useMergePlan(context: ConversionContext, resolution: EffectiveResolution) {
  const merge = useMergeState();
  const contactId = resolution.contact?.kind === 'existing' ? resolution.contact.id : null;
  const accountId = resolution.account?.kind === 'existing' ? resolution.account.id : null;
  const contact = useExistingRecord('Contacts', contactId);
  const account = useExistingRecord('Accounts', accountId);
  const defaults = defaultChoices(context);
  const records = { Contacts: contactId ? contact.data : undefined, Accounts: accountId ? account.data : undefined };
  const plan: MergePlan = buildMergePlan({
    context,
    resolution,
    suggested: { contactId: defaults.suggestedContactId, accountId: defaults.suggestedAccountId },
    records,
    searchedIds: new Set([merge.searched.Contacts?.id, merge.searched.Accounts?.id].filter((id): id is RecordId => id !== undefined)),
    picks: merge.picks,
    auditNote: merge.auditNote ?? true,
  });
  const stateOf = (module: RecordModule, id: RecordId | null, query: typeof contact | typeof account): RecordMergeState | null => {
    if (id === null) return null;
    const record = records[module];
    if (record) return { status: 'ready', merge: recordMerge(module, record, context.lead.fields, merge.picks), id };
    return { status: query.isError ? 'error' : 'loading', merge: null, id };
  };
  return { plan, contact: stateOf('Contacts', contactId, contact), account: stateOf('Accounts', accountId, account) };
}
