import { isCrmError } from '../../api/crm-error';
import { describeReadError } from '../../domain/describe-error';
import { fieldLabel } from '../../domain/match-values';
import { displayText } from '../../domain/display-text';
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
  // DUPLICATE_DATA on an update: Zoho's own words ("duplicate data") do not say which value, the field does.
  const updateReason = (error: unknown) => {
    const apiName = isCrmError(error) && error.kind === 'zoho' && error.code === 'DUPLICATE_DATA' ? error.details['api_name'] : undefined;
    return typeof apiName === 'string' && apiName !== '' ? text.updateDuplicate(displayText(text.fieldLabel(apiName, fieldLabel(apiName)))) : describeReadError(error, allText);
  };
  return (
    <ul className="merge-follow-up" aria-label={text.followUpLabel}>
      {steps.map((step, index) => {
        const reason = step.status === 'failed' ? describeReadError(step.error, allText) : '';
        if (step.kind === 'update') {
          const { module, changes } = step.merge;
          const name = displayText(step.merge.name);
          if (step.status === 'failed') {
            return (
              <li key={index} className="merge-follow-up__failed">
                <div role="alert">
                  <p>{text.updateFailed(module, name, changes.length, updateReason(step.error))}</p>
                  <button type="button" className="button button--primary" onClick={() => onRetry(index)}>
                    {text.retryUpdate}
                  </button>
                </div>
              </li>
            );
          }
          return (
            <li key={index} className={step.status === 'done' ? 'merge-follow-up__done' : undefined}>
              <span role="status">{step.status === 'done' ? text.updated(module, name, changes.length) : text.updating(module, name, changes.length)}</span>
            </li>
          );
        }
        if (step.status === 'failed') {
          return (
            <li key={index} className="merge-follow-up__failed">
              <div role="alert">
                <p>{text.noteFailed(reason)}</p>
                <button type="button" className="button" onClick={() => onRetry(index)}>
                  {text.retryNote}
                </button>
              </div>
            </li>
          );
        }
        return (
          <li key={index} className={step.status === 'done' ? 'merge-follow-up__done' : undefined}>
            <span role="status">{step.status === 'done' ? text.noteAdded : blocked ? text.noteWaits : text.addingNote}</span>
          </li>
        );
      })}
    </ul>
  );
}
