// The merge, search and audit-note UI (issue #8): not needed for the resolution screen's first paint, so each
// is its own chunk, preloaded with the rest of the single-lead flow (single-lead-chunks.ts).
import { lazyChunk } from '../components/lazy-chunk';
import type { startFollowUp } from '../components/merge/follow-up-runner';
import type { mergeTexts } from '../i18n/use-merge-text';

type FollowUpChunk = { startFollowUp: typeof startFollowUp; mergeTexts: typeof mergeTexts };

export const MergeSection = lazyChunk(() => import('../components/merge/merge-section').then((module) => module.MergeSection));
export const AuditNoteOption = lazyChunk(() => import('../components/merge/audit-note-option').then((module) => module.AuditNoteOption));
export const ReviewMergeLines = lazyChunk(() => import('../components/merge/review-merge-lines').then((module) => module.ReviewMergeLines));
export const MergeFollowUp = lazyChunk(() => import('../components/merge/merge-follow-up').then((module) => module.MergeFollowUp));

export const mergeChunks = [MergeSection, AuditNoteOption, ReviewMergeLines, MergeFollowUp];

let runner: Promise<FollowUpChunk> | null = null;

/**
 * The post-convert runner (and the merge plan builder, and the audit note's words): needed once a conversion
 * succeeded. A failed download is forgotten.
 */
export function loadFollowUpRunner(): Promise<FollowUpChunk> {
  if (runner) return runner;
  const started = Promise.all([import('../components/merge/follow-up-runner'), import('../i18n/use-merge-text')]).then(
    ([run, texts]): FollowUpChunk => ({ startFollowUp: run.startFollowUp, mergeTexts: texts.mergeTexts }),
  );
  started.catch(() => {
    if (runner === started) runner = null;
  });
  runner = started;
  return started;
}

export function preloadMergeChunks(): void {
  mergeChunks.forEach((chunk) => void chunk.preload().catch(() => undefined));
  loadFollowUpRunner().catch(() => undefined);
}
