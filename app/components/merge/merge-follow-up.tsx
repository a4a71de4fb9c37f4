import { describeReadError } from '../../domain/describe-error';
import { useText } from '../../i18n/use-text';
import type { FollowUpStep } from './follow-up-runner';
import './merge.css';
import { useMergeText } from '../../i18n/use-merge-text';

type Props = { steps: FollowUpStep[]; onRetry(index: number): void };

/** On the result screen: what happened to the existing records and the note after the conversion. */
export function MergeFollowUp({ steps, onRetry }: Props) {
  const allText = useText();
  const text = useMergeText();
  if (steps.length === 0) return null;
  const blocked = steps.some((step) => step.kind === 'update' && step.status === 'failed');
  return (
    <ul className="merge-follow-up" aria-label={text.followUpLabel}>
      {steps.map((step, index) => {
        const reason = step.status === 'failed' ? describeReadError(step.error, allText) : '';
        if (step.kind === 'update') {
          const { module, name, changes } = step.merge;
          if (step.status === 'failed') {
            return (
              <li key={index} className="merge-follow-up__failed" role="alert">
                <p>{text.updateFailed(module, name, changes.length, reason)}</p>
                <button type="button" className="button button--primary" onClick={() => onRetry(index)}>
                  {text.retryUpdate}
                </button>
              </li>
            );
          }
          return (
            <li key={index} className={step.status === 'done' ? 'merge-follow-up__done' : undefined} role="status">
              {step.status === 'done' ? text.updated(module, name, changes.length) : text.updating(module, name, changes.length)}
            </li>
          );
        }
        if (step.status === 'failed') {
          return (
            <li key={index} className="merge-follow-up__failed" role="alert">
              <p>{text.noteFailed(reason)}</p>
              <button type="button" className="button" onClick={() => onRetry(index)}>
                {text.retryNote}
              </button>
            </li>
          );
        }
        return (
          <li key={index} className={step.status === 'done' ? 'merge-follow-up__done' : undefined} role="status">
            {step.status === 'done' ? text.noteAdded : blocked ? text.noteWaits : text.addingNote}
          </li>
        );
      })}
    </ul>
  );
}
