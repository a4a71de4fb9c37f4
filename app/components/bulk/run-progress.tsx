import type { BulkJobView, BulkProgress } from '../../api/bulk/bulk-types';
import { useBulkText } from '../../i18n/use-bulk-text';
import { ProgressBar } from './progress-bar';

type Props = {
  progress: BulkProgress;
  jobs: BulkJobView[];
  singles: { done: number; total: number };
  /** Milestone text for the live region (changes only at milestones, so it is not chatty). */
  announcement: string;
  /** The run was started in an earlier session and is being followed up, not resubmitted. */
  resumed: boolean;
};

/** One bar for the whole run, one line per mass-convert job, the individual conversions, and the close-safe note. */
export function RunProgress({ progress, jobs, singles, announcement, resumed }: Props) {
  const text = useBulkText();
  const done = progress.converted + progress.failed;
  return (
    <section className="panel bulk-running" aria-labelledby="bulk-running-title">
      <h2 id="bulk-running-title" className="panel__title">
        {text.runningTitle}
      </h2>
      {resumed && <p className="bulk-resumed">{text.resumed}</p>}
      <ProgressBar label={text.overall} text={text.overallText(done, progress.total)} value={done} max={progress.total} />
      <ul className="bulk-jobs">
        {jobs.map((job, index) => (
          <li key={job.jobId ?? `job-${index}`} className={`bulk-job bulk-job--${job.state.replace(' ', '-')}`}>
            {text.job(index + 1, jobs.length, job.leadIds.length, text.jobState[job.state] ?? job.state, job.counts?.converted ?? 0)}
            {job.error && <span className="bulk-job__error"> — {job.error}</span>}
          </li>
        ))}
      </ul>
      {singles.total > 0 && <p className="bulk-singles">{text.singles(singles.done, singles.total)}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p className="panel--notice bulk-close-safe">{text.closeSafe}</p>
    </section>
  );
}
