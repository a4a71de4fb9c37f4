import type { BulkPlan } from '../../api/bulk/bulk-types';
import { useBulkText } from '../../i18n/use-bulk-text';

type Props = {
  plan: BulkPlan;
  /** Leads that still need a decision (blocked by 'needs-decision'). */
  undecided: number;
  /** Other blocking problems, already worded. */
  problems: string[];
  onShowUndecided(): void;
  onRun(): void;
};

/** The cost of the run before it starts, what still blocks it, and the Run button. */
export function RunSummary({ plan, undecided, problems, onShowUndecided, onRun }: Props) {
  const text = useBulkText();
  const massLeads = plan.massJobs.reduce((sum, job) => sum + job.leadIds.length, 0);
  const toConvert = massLeads + plan.singles.length;
  const blocked = plan.blocked.length > 0 || plan.sharedProblems.length > 0;
  return (
    <div className="footer footer--sticky bulk-run-summary">
      <div className="bulk-run-summary__text">
        {toConvert > 0 ? (
          <p className="bulk-cost">{text.cost(plan.cost.calls, plan.cost.credits, plan.massJobs.length, massLeads, plan.singles.length)}</p>
        ) : (
          <p className="bulk-cost">{text.nothingToRun}</p>
        )}
        {undecided > 0 && (
          <p className="footer__status footer__status--error" role="status">
            {text.stillUndecided(undecided)}{' '}
            <button type="button" className="link-button" onClick={onShowUndecided}>
              {text.showUndecided}
            </button>
          </p>
        )}
        {problems.map((problem) => (
          <p key={problem} className="footer__status footer__status--error">
            {problem}
          </p>
        ))}
      </div>
      <button type="button" className="button button--primary" disabled={blocked || toConvert === 0} onClick={onRun}>
        {text.run(toConvert)}
      </button>
    </div>
  );
}
