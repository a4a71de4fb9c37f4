// The single-lead flow's parts that the duplicate-resolution screen does not need on its first paint: the deal
// and options sections, the compare dialog, review, result, a failed convert's alert and explanation, and the
// merge's table, search, review lines and follow-up. One chunk (one request, one stylesheet), preloaded once
// the browser is idle after boot (single-lead-chunks.ts), so it is here by the time the rep opens any of them.
import type { LeadConverter } from '../api/crm-host';
import type { ConversionContext } from '../domain/conversion-model';
import { explainConvertError } from '../domain/explain-convert-error';
import { convertFailureTexts } from '../i18n/convert-failure-text';
import type { Language } from '../i18n/language';
import type { ExplainedFailure } from './single-lead-chunks';

export { DealSection } from '../components/deal/deal-section';
export { OptionsSection } from '../components/options/options-section';
export { CompareDialog } from '../components/resolution/compare-dialog';
export { ConversionResult } from '../components/result/conversion-result';
export { ReviewPanel } from './review-panel';
export { ConvertFailureAlert } from './convert-failure-alert';
export { MergeSection } from '../components/merge/merge-section';
export { AuditNoteOption } from '../components/merge/audit-note-option';
export { ReviewMergeLines } from '../components/merge/review-merge-lines';
export { MergeFollowUp } from '../components/merge/merge-follow-up';
export { startFollowUp } from '../components/merge/follow-up-runner';
export { mergeTexts } from '../i18n/use-merge-text';

/** What a refused convert means (the rules) and how to say it in the rep's language (the texts). */
export function explainFailure(error: unknown, context: ConversionContext, converter: LeadConverter, language: Language): ExplainedFailure {
  const explanation = explainConvertError(error, context, converter);
  return { explanation, words: convertFailureTexts(language).error[explanation.code] ?? null };
}
