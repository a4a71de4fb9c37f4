// The single-lead flow's code that is not in the first load: the page's logic (conversion-logic.ts), which the
// page waits for, and its other parts (flow-parts.ts), which the resolution screen never waits for. Both start
// downloading at boot (startReads), beside the CRM reads; the eligibility screen is apart (rarely shown).
import { use } from 'react';
import { chunkLoader, lazyChunk } from '../components/lazy-chunk';
import type { ConvertErrorExplanation } from '../domain/explain-convert-error';
import type { ConvertErrorWords } from '../i18n/convert-failure-text';
import type * as conversionLogic from './conversion-logic';
import type * as flowParts from './flow-parts';

export type ExplainedFailure = { explanation: ConvertErrorExplanation; words: ConvertErrorWords | null };

type FlowParts = typeof flowParts;
type ConversionLogic = typeof conversionLogic;

/** The parts of the flow (flow-parts.ts): one chunk, one promise for all of them. */
export const loadFlowParts = chunkLoader((): Promise<FlowParts> => import('./flow-parts'));
const loadEligibility = chunkLoader(() => import('../components/eligibility/ineligible-lead'));

export const IneligibleLead = lazyChunk(loadEligibility, (module) => module.IneligibleLead);
export const DealSection = lazyChunk(loadFlowParts, (parts) => parts.DealSection);
export const OptionsSection = lazyChunk(loadFlowParts, (parts) => parts.OptionsSection);
export const CompareDialog = lazyChunk(loadFlowParts, (parts) => parts.CompareDialog);
export const ReviewPanel = lazyChunk(loadFlowParts, (parts) => parts.ReviewPanel);
export const ConversionResult = lazyChunk(loadFlowParts, (parts) => parts.ConversionResult);
export const ConvertFailureAlert = lazyChunk(loadFlowParts, (parts) => parts.ConvertFailureAlert);
export const MergeSection = lazyChunk(loadFlowParts, (parts) => parts.MergeSection);
export const AuditNoteOption = lazyChunk(loadFlowParts, (parts) => parts.AuditNoteOption);
export const ReviewMergeLines = lazyChunk(loadFlowParts, (parts) => parts.ReviewMergeLines);
export const MergeFollowUp = lazyChunk(loadFlowParts, (parts) => parts.MergeFollowUp);

/** What a refused convert means and how to say it (useConvertFlow): needed once a convert failed. */
export const loadConvertErrorExplainer = (): Promise<FlowParts['explainFailure']> => loadFlowParts().then((parts) => parts.explainFailure);

/** The post-convert runner, the merge plan builder and the audit note's words: needed once a conversion succeeded. */
export const loadFollowUpRunner = (): Promise<Pick<FlowParts, 'startFollowUp' | 'mergeTexts'>> => loadFlowParts();

/**
 * The page's rules, convert flow and merge hooks. The promise records its outcome: once downloaded (normally at
 * boot, long before the CRM answers) `use()` reads it synchronously instead of suspending, which would hold
 * the revealed screen back for up to 300 ms.
 */
export const loadConversionLogic = chunkLoader((): Promise<ConversionLogic> => import('./conversion-logic'));

/** The page's logic inside a component (suspends only while it is still downloading). */
export function useConversionLogic(): ConversionLogic {
  return use(loadConversionLogic());
}

/**
 * Starts both downloads (at boot, beside the CRM reads); a failure here is retried when a part renders. The
 * page's logic first: the page waits for it. The parts once the browser is idle: they must not queue in front
 * of it (a browser opens only a few connections per host), and when Zoho answers fast their download and styles
 * must not hold up the render of its answer.
 */
export function preloadSingleLeadChunks(): void {
  const later = () =>
    whenIdle(() => {
      loadFlowParts().catch(() => undefined);
      loadEligibility().catch(() => undefined);
    });
  loadConversionLogic().then(later, later);
}

/** Safari has no requestIdleCallback: a short pause stands in for it. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}
