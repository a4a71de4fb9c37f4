import type { RecordId } from '../api/crm-host';
import { ConvertErrorAlert } from '../components/errors/convert-error-alert';
import type { ConversionContext } from '../domain/conversion-model';
import { displayText } from '../domain/display-text';
import { convertFailureTexts } from '../i18n/convert-failure-text';
import { useLocale } from '../i18n/locale-context';
import { useMergeText } from '../i18n/use-merge-text';
import { useText } from '../i18n/use-text';
import type { ConvertFailure } from './use-convert-flow';

type Props = {
  failure: ConvertFailure;
  context: ConversionContext;
  inReview: boolean;
  pending: boolean;
  onRetry(): void;
  onBackToEdit(): void;
  onChooseDuplicate(module: 'Contacts' | 'Accounts', id: RecordId): void;
};

/** What went wrong, in the rep's words, with the one next step that fits the error. */
export function ConvertFailureAlert({ failure, context, inReview, pending, onRetry, onBackToEdit, onChooseDuplicate }: Props) {
  const text = useText();
  const failureText = convertFailureTexts(useLocale().language);
  const mergeText = useMergeText();
  const { explanation } = failure;
  const known = failure.words;
  const rejectedSearch = failure.changes.find((change) => change.change === 'rejected-search');
  const message = failure.notConverted
    ? failureText.notConverted
    : rejectedSearch
      ? mergeText.searchedRejected(rejectedSearch.module, displayText(rejectedSearch.name))
      : (known?.message ?? text.errors.generic(explanation.detail ?? explanation.code));
  const nextStep = failure.notConverted || rejectedSearch ? null : (known?.nextStep ?? null);

  const duplicate = explanation.reaction === 'show-duplicate' ? explanation.duplicate : null;
  const duplicateRecord = duplicate
    ? (duplicate.module === 'Contacts' ? context.options.contacts : context.options.accounts).find((candidate) => candidate.id === duplicate.id)
    : undefined;
  const duplicateName = duplicateRecord ? ('fullName' in duplicateRecord ? duplicateRecord.fullName : duplicateRecord.name) : null;

  const retryable = failure.notConverted || explanation.reaction === 'retry' || explanation.reaction === 'retry-after-pause' || explanation.reaction === 'reconcile';
  const field = explanation.field !== null && (explanation.reaction === 'mark-field' || explanation.reaction === 'explain');

  return (
    <ConvertErrorAlert
      message={message}
      nextStep={nextStep}
      takeFocus={!field}
      details={
        <>
          {failure.changes.filter((change) => change.change !== 'rejected-search').map((change) => (
            <p key={change.module}>{change.change === 'gone' ? failureText.recordGone(change.module, displayText(change.name)) : failureText.recordChanged(change.module, displayText(change.name))}</p>
          ))}
          {duplicate && (
            <p className="convert-error__duplicate">
              {failureText.duplicateFound(duplicate.module, duplicateName && displayText(duplicateName), duplicate.ownerName && displayText(duplicate.ownerName))}
              {!duplicateRecord && ` ${failureText.duplicateHidden}`}
            </p>
          )}
        </>
      }
      actions={
        <>
          {duplicate && duplicateRecord && (
            <button type="button" className="button button--primary" onClick={() => onChooseDuplicate(duplicate.module, duplicate.id)}>
              {failureText.addToDuplicate(duplicate.module)}
            </button>
          )}
          {retryable && (
            <button type="button" className="button button--primary" disabled={pending} onClick={onRetry}>
              {failureText.retryConvert}
            </button>
          )}
          {inReview && !duplicateRecord && (
            <button type="button" className="button" onClick={onBackToEdit}>
              {text.single.backToEdit}
            </button>
          )}
        </>
      }
    />
  );
}
