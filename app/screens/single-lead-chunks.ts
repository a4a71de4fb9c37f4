// The single-lead flow's code that the duplicate-resolution screen does not need on its first paint: each is
// its own chunk. SingleLeadScreen starts all of them on mount, in parallel with the reads, so by the time
// the rep opens one (Review, Compare, a failure, the deal form scrolled into view) it is already here; the
// resolution screen itself never waits for any of them.
import { use } from 'react';
import { lazyChunk } from '../components/lazy-chunk';
import type { ConversionContext } from '../domain/conversion-model';
import type { ConvertErrorExplanation, explainConvertError } from '../domain/explain-convert-error';
import type * as conversionRules from './conversion-rules';
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

type ConversionRules = typeof conversionRules;
let rules: Promise<ConversionRules> | null = null;
let loadedRules: ConversionRules | null = null;

/** The edit step's rules (React `use()` needs the same promise every render). A failed download is forgotten. */
export function loadConversionRules(): Promise<ConversionRules> {
  if (rules) return rules;
  const started = import('./conversion-rules');
  started.then(
    (module) => void (loadedRules = module),
    () => {
      if (rules === started) rules = null;
    },
  );
  rules = started;
  return started;
}

/**
 * The rules inside a component: read directly once downloaded (normally at boot, long before the CRM answers);
 * `use()` only while they are not. React suspends on a promise it has not seen settle, and then holds the
 * revealed screen back for up to 300 ms: a whole round trip of delay for a chunk that was already here.
 */
export function useConversionRules(): ConversionRules {
  return loadedRules ?? use(loadConversionRules());
}

const chunks = [IneligibleLead, DealSection, OptionsSection, CompareDialog, ReviewPanel, ConversionResult, ConvertFailureAlert];

/** Starts every download above; a failure here is retried when the component renders. */
export function preloadSingleLeadChunks(): void {
  // The rules first: the page waits for them. The rest after, so they do not queue in front of it (a browser
  // opens only a few connections per host).
  const later = () => {
    chunks.forEach((chunk) => void chunk.preload().catch(() => undefined));
    loadConvertErrorExplainer().catch(() => undefined);
    preloadMergeChunks();
  };
  loadConversionRules().then(later, later);
}
