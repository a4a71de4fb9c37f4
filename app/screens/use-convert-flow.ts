// Sending the conversion and reacting to its outcome. At most one convert per lead: the button is disabled
// while pending, a ref (which survives re-renders) refuses a second start before it disables, and the mutation
// cache (which survives a re-mount of this screen) refuses a start while any convert of this lead runs.
// A convert is sent again only after reading the lead, whenever an earlier attempt may have gone through.
import { useIsMutating, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ConversionOptions, ConvertResult, Lead, LeadConverter, NameId, RecordId } from '../api/crm-host';
import { convertMutationKey, convertRetryDelay, isRateLimited, mayHaveConverted, useConvertLead } from '../api/convert-lead-mutation';
import { useRereadLead } from '../api/reread-lead-mutation';
import type { ConversionOutcome } from '../components/result/conversion-result';
import { candidateDisabledReason } from '../domain/candidate-availability';
import type { ConversionContext } from '../domain/conversion-model';
import { reconcileConvert } from '../domain/reconcile-convert';
import { useLocale } from '../i18n/locale-context';
import { loadConvertErrorExplainer, type ExplainedFailure } from './single-lead-chunks';

export type ConvertFailure = ExplainedFailure & {
  converter: LeadConverter;
  /** What a reload of the conversion options showed (reload-options / show-duplicate). */
  changes: { module: 'Contacts' | 'Accounts'; name: string; change: 'gone' | 'unusable' | 'rejected-search' }[];
  /** reconcile: the lead was read again and is not converted. */
  notConverted: boolean;
};

/** What we know when the explainer's chunk cannot be downloaded: the convert may have run, so read the lead again. */
const UNEXPLAINED: ExplainedFailure = {
  explanation: { code: 'UNKNOWN', reaction: 'reconcile', field: null, duplicate: null, detail: null },
  words: null,
};

type Reactions = {
  refetchOptions(): Promise<ConversionOptions | undefined>;
  choiceInvalidated(which: 'contact' | 'account'): void;
  backToEdit(): void;
  /** The lead is converted (answer or reconciliation): run what follows a conversion, once. */
  converted?(outcome: ConversionOutcome): void;
  /** Records the rep found by searching (Zoho did not offer them). */
  searchedIds?: ReadonlySet<RecordId>;
  /** Zoho refused a searched record: forget it (and only it). */
  searchedRecordRejected?(module: 'Contacts' | 'Accounts'): void;
};

export function useConvertFlow(leadId: RecordId, context: ConversionContext, reactions: Reactions) {
  const convert = useConvertLead(leadId);
  const reread = useRereadLead(leadId);
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const mutationKey = convertMutationKey(leadId);
  const convertsRunning = useIsMutating({ mutationKey });
  // A convert that an earlier mount of this screen started and that succeeded after it went away.
  const earlierResults = useMutationState({ filters: { mutationKey, status: 'success' }, select: (mutation) => mutation.state.data as ConvertResult });
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<ConvertFailure | null>(null);
  const [reconciled, setReconciled] = useState<ConversionOutcome | null>(null);

  function start(converter: LeadConverter) {
    if (inFlight.current || queryClient.isMutating({ mutationKey }) > 0) return;
    inFlight.current = true;
    const previous = failure;
    setFailure(null);
    if (!earlierAttemptMayHaveRun()) {
      send(converter);
      return;
    }
    // Reconcile first: the lead tells whether the earlier attempt went through; only if not is it sent again.
    reread.mutateAsync().then(
      (lead) => {
        const outcome = reconcileConvert(lead);
        if (!outcome.converted) return send(converter);
        inFlight.current = false;
        setReconciled(outcomeFromLead(lead, outcome, converter, context));
      },
      () => {
        inFlight.current = false;
        setFailure(previous ?? { ...UNEXPLAINED, converter, changes: [], notConverted: false });
      },
    );
  }

  function earlierAttemptMayHaveRun(): boolean {
    const earlier = queryClient.getMutationCache().findAll({ mutationKey, status: 'error' });
    return earlier.some((mutation) => mayHaveConverted(mutation.state.error));
  }

  function send(converter: LeadConverter) {
    convert.mutate(converter, {
      onSuccess: (result) => {
        inFlight.current = false;
        reactions.converted?.(outcomeFromResult(result));
      },
      onError: (error) => {
        // The explainer is its own chunk, downloaded at boot (preloadSingleLeadChunks): normally already here.
        void loadConvertErrorExplainer()
          .then(
            (explain) => explain(error, context, converter, language),
            () => UNEXPLAINED,
          )
          .then((explained) => react({ ...explained, converter, changes: [], notConverted: false }))
          .finally(() => {
            inFlight.current = false;
          });
      },
    });
  }

  async function react(base: ConvertFailure): Promise<void> {
    const { explanation, converter } = base;
    switch (explanation.reaction) {
      case 'show-result':
      case 'reconcile':
        return rereadAndShow(base);
      case 'reload-options': {
        const fresh = await reactions.refetchOptions().catch(() => undefined);
        const changes = fresh?.available ? invalidChoices(context, fresh, converter, reactions.searchedIds) : [];
        changes.forEach((change) => {
          if (change.change === 'rejected-search') reactions.searchedRecordRejected?.(change.module);
          else reactions.choiceInvalidated(change.module === 'Contacts' ? 'contact' : 'account');
        });
        reactions.backToEdit();
        setFailure({ ...base, changes });
        return;
      }
      case 'show-duplicate': {
        const duplicate = explanation.duplicate;
        const known = duplicate && candidatesOf(context.options, duplicate.module).some((candidate) => candidate.id === duplicate.id);
        // Zoho names a record the options did not offer: read the options again so the rep can choose it.
        if (duplicate && !known) await reactions.refetchOptions().catch(() => undefined);
        // Back to the choices: the review would otherwise offer to send the same refused request again.
        reactions.backToEdit();
        setFailure(base);
        return;
      }
      case 'mark-field':
        reactions.backToEdit();
        setFailure(base);
        return;
      case 'explain':
        // An explanation about one control (e.g. an owner outside the rep's hierarchy) is shown next to it.
        if (explanation.field) reactions.backToEdit();
        setFailure(base);
        return;
      default:
        setFailure(base);
    }
  }

  async function rereadAndShow(base: ConvertFailure): Promise<void> {
    try {
      const lead = await reread.mutateAsync();
      const outcome = reconcileConvert(lead);
      if (outcome.converted) {
        const reconciledOutcome = outcomeFromLead(lead, outcome, base.converter, context);
        setReconciled(reconciledOutcome);
        reactions.converted?.(reconciledOutcome);
        return;
      }
      setFailure({ ...base, notConverted: base.explanation.reaction === 'reconcile' });
    } catch {
      // Not even the lead could be read: say what we know (the convert may or may not have happened).
      setFailure(base);
    }
  }

  const earlierResult = earlierResults.at(-1);
  const result = convert.data ?? earlierResult;
  const outcome: ConversionOutcome | null = result ? outcomeFromResult(result) : reconciled;
  const retrying = convert.isPending && isRateLimited(convert.failureReason);
  return {
    start,
    outcome,
    failure,
    dismissFailure: () => setFailure(null),
    pending: convert.isPending || reread.isPending || convertsRunning > 0,
    checking: reread.isPending,
    retryStatus: retrying ? { seconds: convertRetryDelay(convert.failureCount) / 1000, attempt: convert.failureCount } : null,
  };
}

function candidatesOf(options: ConversionContext['options'], module: 'Contacts' | 'Accounts') {
  return module === 'Contacts' ? options.contacts : options.accounts;
}

/** The chosen records the fresh options no longer offer, or offer but Zoho would refuse. */
function invalidChoices(
  context: ConversionContext,
  fresh: Extract<ConversionOptions, { available: true }>,
  converter: LeadConverter,
  searchedIds: ReadonlySet<RecordId> = new Set(),
): ConvertFailure['changes'] {
  const changes: ConvertFailure['changes'] = [];
  const check = (module: 'Contacts' | 'Accounts', id: RecordId | undefined) => {
    if (id === undefined) return;
    const before = candidatesOf(context.options, module).find((candidate) => candidate.id === id);
    const now = candidatesOf(fresh, module).find((candidate) => candidate.id === id);
    const name = nameOf(now ?? before) ?? id;
    // A record found by search is not in Zoho's options by nature: Zoho refused it, it did not go away.
    if (!now && searchedIds.has(id)) changes.push({ module, name, change: 'rejected-search' });
    else if (!now) changes.push({ module, name, change: 'gone' });
    else if (candidateDisabledReason(now)) changes.push({ module, name, change: 'unusable' });
  };
  check('Contacts', converter.Contacts?.id);
  check('Accounts', converter.Accounts?.id);
  return changes;
}

function nameOf(candidate: { fullName: string } | { name: string } | undefined): string | null {
  if (!candidate) return null;
  return 'fullName' in candidate ? candidate.fullName : candidate.name;
}

function outcomeFromResult(result: ConvertResult): ConversionOutcome {
  if (result.kind === 'scheduled') return { kind: 'scheduled' };
  return { kind: 'converted', contact: result.contact, account: result.account, deal: result.deal };
}

/** After a lost answer we only know ids; names come from what the rep chose or what the lead carried. */
function outcomeFromLead(
  lead: Lead,
  outcome: Extract<ReturnType<typeof reconcileConvert>, { converted: true }>,
  converter: LeadConverter,
  context: ConversionContext,
): ConversionOutcome {
  const named = (id: RecordId | null, name: string | null | undefined): NameId | null => (id === null ? null : { id, name: name ?? id });
  const contact = context.options.contacts.find((candidate) => candidate.id === outcome.contactId);
  const account = context.options.accounts.find((candidate) => candidate.id === outcome.accountId);
  return {
    kind: 'converted',
    contact: named(outcome.contactId, contact?.fullName ?? lead.fullName),
    account: named(outcome.accountId, account?.name ?? lead.company),
    deal: named(outcome.dealId, converter.Deals?.Deal_Name),
  };
}
