import { displayText } from '../../domain/display-text';
import { buildMergePlan, type MergeInputs } from '../../domain/merge/merge-plan';
import './merge.css';
import { useMergeText } from '../../i18n/use-merge-text';

type Props = { inputs: MergeInputs; unread: ('Contacts' | 'Accounts')[] };

/** The review's lines about existing records: the field changes, and the note. */
export function ReviewMergeLines({ inputs, unread }: Props) {
  const text = useMergeText();
  const plan = buildMergePlan(inputs);
  const changed = plan.merges.filter((merge) => merge.changes.length > 0);
  if (changed.length === 0 && !plan.audit && unread.length === 0) return null;
  return (
    <div className="review-merge">
      {changed.map((merge) => (
        <div key={merge.id}>
          <p>{text.reviewChanges(merge.module, displayText(merge.name), merge.changes.length)}</p>
          <ul aria-label={text.reviewChanges(merge.module, displayText(merge.name), merge.changes.length)}>
            {merge.changes.map((row) => (
              // CRM values of any length and direction: cut and isolated inside the sentence.
              <li key={row.field}>{text.reviewChange({ ...row, leadValue: displayText(row.leadValue), recordValue: row.recordValue && displayText(row.recordValue) })}</li>
            ))}
          </ul>
        </div>
      ))}
      {unread.map((module) => (
        <p key={module}>{text.reviewNotReadYet(module)}</p>
      ))}
      {plan.audit && <p>{text.reviewNote}</p>}
    </div>
  );
}
