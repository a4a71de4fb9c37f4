import type { BulkPlan, BulkRunView } from '../../api/bulk/bulk-types';
import { RunProgress } from '../../components/bulk/run-progress';
import { useBulkText } from '../../i18n/use-bulk-text';

/** The running run, with a live-region message only at each quarter of the way. */
export function RunningView({ run, plan }: { run: BulkRunView; plan: BulkPlan | null }) {
  const text = useBulkText();
  const { progress } = run;
  const done = progress.converted + progress.failed;
  const quarter = progress.total > 0 ? Math.floor((done * 4) / progress.total) : 0;
  const announcement = quarter > 0 ? text.announcePercent(quarter * 25) : '';
  const singlesTotal = plan?.singles.length ?? run.results.filter((result) => result.how === 'single').length;
  const singlesDone = run.results.filter((result) => result.how === 'single' && result.outcome !== 'skipped').length;
  return <RunProgress progress={progress} jobs={run.jobs} singles={{ done: Math.min(singlesDone, singlesTotal), total: singlesTotal }} announcement={announcement} resumed={run.resumed} />;
}
