// The bulk flow: read the selection, review each lead's duplicates, run mass convert + single converts,
// then show per-lead results. Rows and the run live in the engine; decisions in the bulk store.
import { useMemo, useState } from 'react';
import '../../components/bulk/bulk.css';
import type { BulkPlan } from '../../api/bulk/bulk-types';
import { useBulkReading } from '../../api/bulk/use-bulk-reading';
import { useBulkRun } from '../../api/bulk/use-bulk-run';
import type { RecordId } from '../../api/crm-host';
import { useCrmHost } from '../../api/crm-host-context';
import { describeReadError } from '../../domain/describe-error';
import { planBulkRun } from '../../domain/bulk/plan-bulk-run';
import type { DealMetadata } from '../../components/deal/deal-section';
import { useText } from '../../i18n/use-text';
import { useBulkText } from '../../i18n/use-bulk-text';
import { BulkStoreProvider, useBulkActions, useBulkDecisions, useBulkShared } from '../../state/bulk-store';
import { ReadingView } from './reading-view';
import { ResultsView } from './results-view';
import { ReviewView } from './review-view';
import { RunningView } from './running-view';
import { downloadCsv } from './download-csv';
import { useBulkMetadata } from './use-bulk-metadata';
import { todayIso } from './today';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { bulkReasonTexts } from '../../i18n/bulk-reason-texts';
import { useLocale } from '../../i18n/locale-context';

export function BulkScreen({ leadIds }: { leadIds: RecordId[] }) {
  const text = useText();
  const locale = useLocale();
  // The run's per-lead reasons are fixed when it is created: wait for the rep's language (read at boot, so it is
  // normally known by the time this chunk has arrived).
  if (!locale.ready) return <LoadingSkeleton label={text.loadingLead} />;
  return (
    <BulkStoreProvider>
      <BulkFlow leadIds={leadIds} />
    </BulkStoreProvider>
  );
}

function BulkFlow({ leadIds }: { leadIds: RecordId[] }) {
  const text = useText();
  const { language } = useLocale();
  const bulkText = useBulkText();
  const host = useCrmHost();
  const reading = useBulkReading(leadIds);
  const [runOptions] = useState(() => ({ reasons: bulkReasonTexts(language) }));
  const run = useBulkRun(leadIds, runOptions);
  const decisions = useBulkDecisions();
  const shared = useBulkShared();
  const actions = useBulkActions();
  const [retryScope, setRetryScope] = useState<ReadonlySet<RecordId> | null>(null);
  const [reviewingRetry, setReviewingRetry] = useState(false);
  const [startedPlan, setStartedPlan] = useState<BulkPlan | null>(null);
  const [openFailed, setOpenFailed] = useState(false);

  const firstLead = reading.rows.find((row) => row.lead !== null)?.lead ?? null;
  const metadata = useBulkMetadata(firstLead, firstLead !== null);
  const rows = useMemo(() => (retryScope ? reading.rows.filter((row) => retryScope.has(row.leadId)) : reading.rows), [reading.rows, retryScope]);
  const users = metadata.users.data ?? null;
  const modules = metadata.modules.data;
  const plan = useMemo(
    () => planBulkRun({ rows, decisions, shared, modules: modules ?? [], dealSetup: metadata.dealSetup, users: users ?? [], today: todayIso() }),
    [rows, decisions, shared, modules, metadata.dealSetup, users],
  );
  const dealMetadata: DealMetadata =
    metadata.dealFailed.length > 0
      ? { status: 'error', message: describeReadError(metadata.dealFailed[0]?.error, text), retry: () => metadata.dealFailed.forEach((query) => void query.refetch()) }
      : metadata.dealSetup
        ? { status: 'ready', setup: metadata.dealSetup }
        : { status: 'loading' };

  const startRun = () => {
    setStartedPlan(plan);
    if (retryScope) run.retryFailed(plan);
    else run.start(plan);
    setReviewingRetry(false);
  };
  const retryFailed = () => {
    const ids = run.failedLeadIds;
    actions.rowsReturnedToReview(ids);
    actions.filterChosen('all');
    const reasons: Record<RecordId, string> = {};
    run.results.forEach((result) => {
      if (result.outcome === 'failed' && result.reason) reasons[result.leadId] = result.reason;
    });
    reading.reread(ids, reasons);
    setRetryScope(new Set(ids));
    setReviewingRetry(true);
  };
  const openRecord = (target: { module: 'Contacts' | 'Accounts' | 'Deals'; id: RecordId }) => {
    setOpenFailed(false);
    host.openRecord(target).catch(() => setOpenFailed(true));
  };

  const readingNow = reading.phase === 'reading-leads' || reading.phase === 'reading-options';
  const runningNow = run.phase === 'running' || run.phase === 'reading-results';
  const finished = (run.phase === 'done' || run.phase === 'interrupted') && !reviewingRetry;

  return (
    <div className="bulk">
      <h1 className="bulk__title">{text.leadsSelected(leadIds.length)}</h1>
      {runningNow ? (
        <RunningView run={run} plan={startedPlan} />
      ) : finished ? (
        <>
          {openFailed && (
            <p className="panel panel--error" role="alert">
              {bulkText.openFailed}
            </p>
          )}
          <ResultsView
            results={run.results}
            failedCount={run.failedLeadIds.length}
            onOpen={openRecord}
            onRetryFailed={retryFailed}
            onExport={() => downloadCsv(run.csv(), bulkText.csvFileName)}
            onDone={() => void host.closePopup({ reload: true }).catch(() => undefined)}
          />
        </>
      ) : readingNow ? (
        <ReadingView reading={reading} />
      ) : (
        <ReviewView
          reading={reading}
          rows={rows}
          plan={plan}
          dealMetadata={dealMetadata}
          users={users}
          currency={{ symbol: metadata.org.data?.currencySymbol ?? null, iso: metadata.org.data?.isoCode ?? null }}
          onRun={startRun}
        />
      )}
    </div>
  );
}
