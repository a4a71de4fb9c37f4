// The single-lead flow's code that the duplicate-resolution screen does not need on its first paint: each is
// its own chunk. SingleLeadScreen starts all of them on mount, in parallel with the reads, so by the time
// the rep opens one (Review, Compare, a failure, the deal form scrolled into view) it is already here; the
// resolution screen itself never waits for any of them.
import { use } from 'react';
import { lazyChunk } from '../components/lazy-chunk';
import { trackPromise, type TrackedPromise } from '../components/tracked-promise';
import type { ConversionContext } from '../domain/conversion-model';
import type { ConvertErrorExplanation, explainConvertError } from '../domain/explain-convert-error';
import type * as conversionLogic from './conversion-logic';
import type { ConvertErrorWords } from '../i18n/convert-failure-text';
import type { Language } from '../i18n/language';
import { preloadMergeChunks } from './merge-chunks';

export const IneligibleLead = lazyChunk(() => import('../components/eligibility/ineligible-lead').then((module) => module.IneligibleLead));
export const DealSection = lazyChunk(() => import('../components/deal/deal-section').then((module) => module.DealSection));
export const OptionsSection = lazyChunk(() => import('../components/options/options-section').then((module) => module.OptionsSection));
export const CompareDialog = lazyChunk(() => import('../components/resolution/compare-dialog').then((module) => module.CompareDialog));
export const ReviewPanel = lazyChunk(() => import('./review-panel').then((module) => module.ReviewPanel));
export const ConversionResult = lazyChunk(() => import('../components/result/conversion-result').then((module) => module.ConversionResult));
export const ConvertFailureAlert = lazyChunk(() => import('./convert-failure-alert').then((module) => module.ConvertFailureAlert));

export type ExplainedFailure = { explanation: ConvertErrorExplanation; words: ConvertErrorWords | null };
type Explain = (
  error: unknown,
  context: ConversionContext,
  converter: Parameters<typeof explainConvertError>[2],
  language: Language,
) => ExplainedFailure;

let explainer: Promise<Explain> | null = null;

/**
 * What a refused convert means and how to say it (useConvertFlow): only needed once a convert failed, so the
 * rules and their texts are one chunk apart from the first load. A failed download is forgotten.
 */
export function loadConvertErrorExplainer(): Promise<Explain> {
  if (explainer) return explainer;
  const started = Promise.all([import('../domain/explain-convert-error'), import('../i18n/convert-failure-text')]).then(
    ([rules, texts]): Explain =>
      (error, context, converter, language) => {
        const explanation = rules.explainConvertError(error, context, converter);
        return { explanation, words: texts.convertFailureTexts(language).error[explanation.code] ?? null };
      },
  );
  started.catch(() => {
    if (explainer === started) explainer = null;
  });
  explainer = started;
  return started;
}

type ConversionLogic = typeof conversionLogic;
let logic: TrackedPromise<ConversionLogic> | null = null;

/**
 * The page's rules and convert flow. One promise for all renders, which records its outcome: once downloaded
 * (normally at boot, long before the CRM answers) `use()` reads it synchronously instead of suspending, which
 * would hold the revealed screen back for up to 300 ms. A failed download is forgotten.
 */
export function loadConversionLogic(): Promise<ConversionLogic> {
  if (logic) return logic;
  const started = trackPromise(import('./conversion-logic'));
  started.catch(() => {
    if (logic === started) logic = null;
  });
  logic = started;
  return started;
}

/** The page's logic inside a component (suspends only while it is still downloading). */
export function useConversionLogic(): ConversionLogic {
  return use(loadConversionLogic());
}

const chunks = [IneligibleLead, DealSection, OptionsSection, CompareDialog, ReviewPanel, ConversionResult, ConvertFailureAlert];

/**
 * Starts every download above (at boot, beside the CRM reads); a failure here is retried when the component
 * renders. The page's logic first: the page waits for it. The rest once the browser is idle: they must not
 * queue in front of it (a browser opens only a few connections per host), and when Zoho answers fast their
 * downloads and styles must not hold up the render of its answer.
 */
export function preloadSingleLeadChunks(): void {
  const later = () =>
    whenIdle(() => {
      chunks.forEach((chunk) => void chunk.preload().catch(() => undefined));
      loadConvertErrorExplainer().catch(() => undefined);
      preloadMergeChunks();
    });
  loadConversionLogic().then(later, later);
}

/** Safari has no requestIdleCallback: a short pause stands in for it. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}
