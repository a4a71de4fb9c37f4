// The existing records the lead will be merged into, read as soon as they are chosen (a suggested default is
// chosen from the start, so its fields are ready before the rep looks), and the inputs of the merge plan.
// The plan itself is built in the merge chunks: its code is not part of the first load.
import { useQuery } from '@tanstack/react-query';
import type { AccountCandidate, ContactCandidate, RecordId, RecordModule } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import { recordQueries } from '../api/record-queries';
import type { ConversionContext } from '../domain/conversion-model';
import { defaultChoices } from '../domain/default-choices';
import type { EffectiveResolution } from '../domain/effective-resolution';
import type { ExistingRecordState, MergeInputs } from '../domain/merge/merge-plan';
import { useMergeState } from '../state/conversion-store';

function useExistingRecord<M extends RecordModule>(module: M, id: RecordId | null) {
  const host = useCrmHost();
  return useQuery({ ...recordQueries.detail(host, module, id ?? '0'), enabled: id !== null });
}

export function useMergeRecords(context: ConversionContext, resolution: EffectiveResolution) {
  const merge = useMergeState();
  const contactId = resolution.contact?.kind === 'existing' ? resolution.contact.id : null;
  const accountId = resolution.account?.kind === 'existing' ? resolution.account.id : null;
  const contact = useExistingRecord('Contacts', contactId);
  const account = useExistingRecord('Accounts', accountId);
  const defaults = defaultChoices(context);
  const records = { Contacts: contactId ? contact.data : undefined, Accounts: accountId ? account.data : undefined };
  const inputs: MergeInputs = {
    context,
    resolution,
    suggested: { contactId: defaults.suggestedContactId, accountId: defaults.suggestedAccountId },
    records,
    searchedIds: new Set([merge.searched.Contacts?.id, merge.searched.Accounts?.id].filter((id): id is RecordId => id !== undefined)),
    picks: merge.picks,
    auditNote: merge.auditNote ?? true,
  };
  const stateOf = (id: RecordId | null, record: ContactCandidate | AccountCandidate | undefined, failed: boolean): ExistingRecordState | null =>
    id === null ? null : { id, record, status: record ? 'ready' : failed ? 'error' : 'loading' };
  return {
    inputs,
    contact: stateOf(contactId, records.Contacts, contact.isError),
    account: stateOf(accountId, records.Accounts, account.isError),
  };
}
