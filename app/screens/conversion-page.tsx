// The single-lead conversion once the lead and its options are known: edit → review → result, with the
// outcome of a failed convert at the top. The step is the only flow state in the store; the result and the
// failure come from the mutation.
import { Suspense, useMemo, useRef, useState } from 'react';
import type { ConversionOptions, ModuleName, RecordId, User } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import type { DealMetadata } from '../components/deal/deal-section';
import { LeadSummary } from '../components/lead-summary';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { PanelPlaceholder } from '../components/panel-placeholder';
import type { ConversionContext, DealValues } from '../domain/conversion-model';
import type { ConvertErrorExplanation } from '../domain/explain-convert-error';
import { useText } from '../i18n/use-text';
import { effectiveResolution } from '../domain/effective-resolution';
import type { MergeInputs } from '../domain/merge/merge-plan';
import { useChoices, useConversionActions, useConversionStep, useMergeActions, useMergeState } from '../state/conversion-store';
import { useDraftAutosave } from '../state/use-draft';
import { EditStep, type ServerFieldError } from './edit-step';
import { ConversionResult, ConvertFailureAlert, MergeFollowUp, ReviewMergeLines, ReviewPanel, useConversionLogic } from './single-lead-chunks';

type Props = {
  leadId: RecordId;
  context: ConversionContext;
  dealMetadata: DealMetadata;
  users: { status: 'loading' } | { status: 'error'; message: string; retry(): void } | { status: 'ready'; users: User[] };
  refetchOptions(): Promise<ConversionOptions | undefined>;
};

const isFieldError = (explanation: ConvertErrorExplanation) => explanation.reaction === 'mark-field' || explanation.reaction === 'explain';

/** Today in the rep's time zone, as the API's date format (YYYY-MM-DD). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function ConversionPage({ leadId, context: offered, dealMetadata, users, refetchOptions }: Props) {
  const host = useCrmHost();
  const text = useText();
  const choices = useChoices();
  const step = useConversionStep();
  const actions = useConversionActions();
  const merge = useMergeState();
  const mergeActions = useMergeActions();
  // The page's rules, convert flow and merge hooks: one chunk the page waits for (see conversion-logic.ts).
  const logic = useConversionLogic();
  // Records the rep found by searching are offered like Zoho's own candidates from here on.
  const { withSearchedRecords } = logic;
  const context = useMemo(() => withSearchedRecords(offered, merge.searched), [withSearchedRecords, offered, merge.searched]);
  const offeredIds = useMemo(
    () => ({ Contacts: new Set(offered.options.contacts.map((c) => c.id)), Accounts: new Set(offered.options.accounts.map((a) => a.id)) }),
    [offered],
  );
  const searchedIds = new Set([merge.searched.Contacts?.id, merge.searched.Accounts?.id].filter((id): id is RecordId => id !== undefined));
  const resolution = effectiveResolution(context, choices);
  const mergeView = logic.useMergeRecords(context, resolution);
  const followUp = logic.useMergeFollowUp();
  // The merge as it was when the rep clicked Convert: what runs after the conversion succeeds.
  const sentMerge = useRef<MergeInputs | null>(null);
  const [today] = useState(localToday);
  const [revealProblems, setRevealProblems] = useState(false);
  const [openFailed, setOpenFailed] = useState(false);
  const flow = logic.useConvertFlow(leadId, context, {
    refetchOptions,
    choiceInvalidated: actions.choiceInvalidated,
    backToEdit: actions.editRequested,
    searchedIds,
    searchedRecordRejected: mergeActions.searchedRecordRejected,
    converted: (outcome) => {
      const inputs = sentMerge.current;
      if (!inputs) return;
      const existingContactId = inputs.resolution.contact?.kind === 'existing' ? inputs.resolution.contact.id : null;
      followUp.start(inputs, outcome.kind === 'converted' ? (outcome.contact?.id ?? null) : existingContactId);
    },
  });
  useDraftAutosave(leadId, choices, flow.outcome !== null);

  const { checkConversion, defaultDealValues } = logic;
  const dealValues: DealValues = { ...(context.dealSetup ? defaultDealValues(context, today) : {}), ...choices.deal };
  const checked = checkConversion(context, { ...choices, deal: dealValues }, today);

  const failure = flow.failure;
  // One object per failure: the edit step tells a new refusal from the same one shown again.
  const serverFieldError = useMemo((): ServerFieldError => {
    if (!failure || !isFieldError(failure.explanation) || !failure.explanation.field) return null;
    return { ...failure.explanation.field, message: failure.words?.message ?? failure.explanation.code };
  }, [failure]);

  const openRecord = (target: { module: ModuleName; id: RecordId }) => {
    setOpenFailed(false);
    host.openRecord(target).catch(() => setOpenFailed(true));
  };

  if (flow.outcome) {
    return (
      <Suspense fallback={<LoadingSkeleton label={text.single.converting} />}>
        <ConversionResult
          leadName={context.lead.fullName}
          outcome={flow.outcome}
          openFailed={openFailed}
          onOpen={openRecord}
          onDone={() => void host.closePopup({ reload: true }).catch(() => undefined)}
          followUp={
            <Suspense fallback={null}>
              <MergeFollowUp steps={followUp.steps} onRetry={followUp.retry} />
            </Suspense>
          }
        />
      </Suspense>
    );
  }

  const convert = () => {
    if (!checked.ok) return actions.editRequested();
    sentMerge.current = mergeView.inputs;
    flow.start(checked.converter);
  };
  const unread = [mergeView.contact, mergeView.account].flatMap((state, index) =>
    state && state.status !== 'ready' ? [index === 0 ? ('Contacts' as const) : ('Accounts' as const)] : [],
  );
  const inReview = step === 'review' && checked.ok;

  return (
    <>
      {failure && (
        <Suspense fallback={<PanelPlaceholder rows={1} />}>
          <ConvertFailureAlert
            failure={failure}
            context={context}
            inReview={inReview}
            pending={flow.pending}
            onRetry={convert}
            onBackToEdit={actions.editRequested}
            onChooseDuplicate={(module, id) => {
              if (module === 'Contacts') actions.contactChosen({ kind: 'existing', id });
              else actions.accountChosen({ kind: 'existing', id });
              flow.dismissFailure();
              actions.reviewRequested();
            }}
          />
        </Suspense>
      )}
      {flow.checking && (
        <p className="panel panel--notice" role="status">
          {text.single.checking}
        </p>
      )}
      <LeadSummary lead={context.lead} highlights={context.attribution.leadFields} />
      {inReview && checked.ok ? (
        <Suspense fallback={<PanelPlaceholder rows={3} />}>
          <ReviewPanel
            context={context}
            converter={checked.converter}
            pending={flow.pending}
            status={flow.retryStatus ? text.single.busyRetrying(flow.retryStatus.seconds, flow.retryStatus.attempt) : null}
            onBack={actions.editRequested}
            onConvert={convert}
            extra={
              <Suspense fallback={null}>
                <ReviewMergeLines inputs={mergeView.inputs} unread={unread} />
              </Suspense>
            }
          />
        </Suspense>
      ) : (
        <EditStep
          context={context}
          dealMetadata={dealMetadata}
          users={users}
          dealValues={dealValues}
          problems={checked.ok ? [] : checked.problems}
          revealProblems={revealProblems}
          serverFieldError={serverFieldError}
          onReview={() => {
            setRevealProblems(true);
            if (checked.ok) actions.reviewRequested();
          }}
          onOpenRecord={openRecord}
          existing={{ contact: mergeView.contact, account: mergeView.account }}
          offeredIds={offeredIds}
        />
      )}
    </>
  );
}
