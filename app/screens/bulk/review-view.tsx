import { useEffect, useState } from 'react';
import type { BulkDecision, BulkPlan, BulkReading, BulkRow } from '../../api/bulk/bulk-types';
import type { RecordId, User } from '../../api/crm-host';
import { reviewButtonId } from '../../components/bulk/decision-cell';
import { Pager, PAGE_SIZE } from '../../components/bulk/pager';
import { ReviewTable } from '../../components/bulk/review-table';
import { RunSummary } from '../../components/bulk/run-summary';
import { SharedOptions } from '../../components/bulk/shared-options';
import { StatusFilter } from '../../components/bulk/status-filter';
import { DealSection, type DealMetadata } from '../../components/deal/deal-section';
import { useText } from '../../i18n/use-text';
import { useBulkText } from '../../i18n/use-bulk-text';
import { useBulkActions, useBulkDecisions, useBulkFilter, useBulkShared, useExpandedLeadId } from '../../state/bulk-store';
import { dealTemplateValues } from './deal-template-values';
import { readingCounts, statusCounts } from './reading-counts';
import { todayIso } from './today';

type Props = {
  reading: BulkReading;
  rows: BulkRow[];
  plan: BulkPlan;
  dealMetadata: DealMetadata;
  users: User[] | null;
  currency: { symbol: string | null; iso: string | null };
  onRun(): void;
};

const AUTO: BulkDecision = { kind: 'auto' };

/** The review table with its filters and bulk decisions, the shared options, the cost and Run. */
export function ReviewView({ reading, rows, plan, dealMetadata, users, currency, onRun }: Props) {
  const text = useText();
  const bulkText = useBulkText();
  const decisions = useBulkDecisions();
  const filter = useBulkFilter();
  const shared = useBulkShared();
  const expandedId = useExpandedLeadId();
  const actions = useBulkActions();
  const [page, setPage] = useState(0);
  // A review closed (choice used, cancelled or another decision): focus goes back to that row's Review button.
  const [focusRequest, setFocusRequest] = useState<{ leadId: RecordId } | null>(null);
  useEffect(() => {
    if (focusRequest) document.getElementById(reviewButtonId(focusRequest.leadId))?.focus();
  }, [focusRequest]);
  const counts = statusCounts(rows);
  const visible = filter === 'all' ? rows : rows.filter((row) => row.status === filter);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const currentPage = Math.min(page, pages - 1);
  const pageRows = visible.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);
  const undecidedIds = new Set(plan.blocked.filter((entry) => entry.problems.some((problem) => problem.kind === 'needs-decision')).map((entry) => entry.leadId));
  const reviewRows = rows.filter((row) => row.status === 'needs-review');
  const undecidedReview = reviewRows.filter((row) => !decisions[row.leadId]);

  const decide = (leadId: RecordId, decision: BulkDecision) => {
    if (decision.kind === 'skip') actions.skipChosen(leadId);
    else if (decision.kind === 'create-new') actions.createNewChosen(leadId);
    else if (decision.kind === 'resolved') actions.resolutionChosen(leadId, decision.choices);
    else actions.decisionCleared(leadId);
    if (expandedId === leadId) {
      actions.rowExpanded(null);
      setFocusRequest({ leadId });
    }
  };
  const chooseFilter = (next: typeof filter) => {
    actions.filterChosen(next);
    setPage(0);
  };
  const problems = [
    ...plan.sharedProblems.map((problem) => text.conversion.choiceProblem(problem)),
    ...plan.blocked
      .filter((entry) => !undecidedIds.has(entry.leadId))
      .map((entry) => {
        const name = rows.find((row) => row.leadId === entry.leadId)?.lead?.fullName ?? entry.leadId;
        const first = entry.problems.find((problem) => problem.kind !== 'needs-decision');
        return first ? `${name}: ${text.conversion.choiceProblem(first.problem)}` : name;
      }),
  ];
  const dealErrors: Record<string, string> = {};
  plan.sharedProblems.forEach((problem) => {
    if (problem.kind === 'deal-field') dealErrors[problem.apiName] ??= text.conversion.dealFieldError(problem.error);
  });

  return (
    <>
      {reading.phase === 'cancelled' && (
        <div className="panel panel--notice bulk-cancelled">
          <p role="status">{bulkText.cancelled(readingCounts(rows).checked, rows.length)}</p>
          <button type="button" className="button" onClick={() => reading.retryFailedReads()}>
            {bulkText.readRest}
          </button>
        </div>
      )}
      <section className="panel bulk-review-panel" aria-labelledby="bulk-table-title">
        <h2 id="bulk-table-title" className="visually-hidden">
          {bulkText.tableCaption}
        </h2>
        <div className="bulk-toolbar">
          <StatusFilter counts={counts} filter={filter} onFilter={chooseFilter} />
          {undecidedReview.length > 0 && (
            <div className="bulk-toolbar__actions" role="group" aria-label={bulkText.bulkActions}>
              <button type="button" className="button button--small" onClick={() => undecidedReview.forEach((row) => actions.skipChosen(row.leadId))}>
                {bulkText.skipAllReview}
              </button>
              <button type="button" className="button button--small" onClick={() => undecidedReview.forEach((row) => actions.createNewChosen(row.leadId))}>
                {bulkText.createNewAll}
              </button>
            </div>
          )}
        </div>
        <ReviewTable
          rows={pageRows}
          decisionOf={(leadId) => decisions[leadId] ?? AUTO}
          expandedId={expandedId}
          onToggleReview={(leadId) => {
            actions.rowExpanded(expandedId === leadId ? null : leadId);
            if (expandedId === leadId) setFocusRequest({ leadId });
          }}
          onDecide={decide}
          onResolve={(leadId, choices) => decide(leadId, { kind: 'resolved', choices })}
          onRetry={() => reading.retryFailedReads()}
        />
        <Pager page={currentPage} total={visible.length} onPage={setPage} />
      </section>
      <DealSection
        metadata={dealMetadata}
        enabled={shared.createDeal}
        values={dealTemplateValues(dealMetadata.status === 'ready' ? dealMetadata.setup : null, shared.deal, todayIso())}
        errors={dealErrors}
        revealAll
        currency={currency}
        onToggle={actions.dealToggled}
        onChange={actions.dealFieldChanged}
        onPipelineChange={actions.pipelineChosen}
      />
      {shared.createDeal && (
        <p className="muted bulk-deal-hint">
          {bulkText.dealTemplateHint}
          {plan.massDealName !== null && ` ${bulkText.massDealName(plan.massDealName)}`}
        </p>
      )}
      <SharedOptions
        shared={shared}
        users={users}
        onOwner={actions.ownerChosen}
        onNotifyLeadOwner={actions.notifyLeadOwnerToggled}
        onNotifyNewOwner={actions.notifyNewOwnerToggled}
        onAttachmentsTo={actions.attachmentsTargetChosen}
        onCarryOverTags={actions.carryOverTagsToggled}
      />
      <RunSummary
        plan={plan}
        undecided={undecidedIds.size}
        problems={problems}
        onShowUndecided={() => chooseFilter('needs-review')}
        onRun={onRun}
      />
    </>
  );
}
