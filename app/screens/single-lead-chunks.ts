// The single-lead flow's code that the duplicate-resolution screen does not need on its first paint: each is
// its own chunk. SingleLeadScreen starts all of them on mount, in parallel with the reads, so by the time
// the rep opens one (Review, Compare, a failure, the deal form scrolled into view) it is already here; the
// resolution screen itself never waits for any of them.
import { lazyChunk } from '../components/lazy-chunk';
import type { explainConvertError } from '../domain/explain-convert-error';
import { preloadMergeChunks } from './merge-chunks';

export const IneligibleLead = lazyChunk(() => import('../components/eligibility/ineligible-lead').then((module) => module.IneligibleLead));
export const DealSection = lazyChunk(() => import('../components/deal/deal-section').then((module) => module.DealSection));
export const OptionsSection = lazyChunk(() => import('../components/options/options-section').then((module) => module.OptionsSection));
export const CompareDialog = lazyChunk(() => import('../components/resolution/compare-dialog').then((module) => module.CompareDialog));
export const ReviewPanel = lazyChunk(() => import('./review-panel').then((module) => module.ReviewPanel));
export const ConversionResult = lazyChunk(() => import('../components/result/conversion-result').then((module) => module.ConversionResult));
export const ConvertFailureAlert = lazyChunk(() => import('./convert-failure-alert').then((module) => module.ConvertFailureAlert));

let explainer: Promise<typeof explainConvertError> | null = null;

/** What a refused convert means (useConvertFlow): only needed once a convert failed. A failed download is forgotten. */
export function loadConvertErrorExplainer(): Promise<typeof explainConvertError> {
  if (explainer) return explainer;
  const started = import('../domain/explain-convert-error').then((module) => module.explainConvertError);
  started.catch(() => {
    if (explainer === started) explainer = null;
  });
  explainer = started;
  return started;
}

const chunks = [IneligibleLead, DealSection, OptionsSection, CompareDialog, ReviewPanel, ConversionResult, ConvertFailureAlert];

/** Starts every download above; a failure here is retried when the component renders. */
export function preloadSingleLeadChunks(): void {
  chunks.forEach((chunk) => void chunk.preload().catch(() => undefined));
  loadConvertErrorExplainer().catch(() => undefined);
  preloadMergeChunks();
}
