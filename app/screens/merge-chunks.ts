// The merge, search and audit-note UI (issue #8): not needed for the resolution screen's first paint, so each
// is its own chunk, preloaded with the rest of the single-lead flow (single-lead-chunks.ts).
import { lazyChunk } from '../components/lazy-chunk';

export const MergeSection = lazyChunk(() => import('../components/merge/merge-section').then((module) => module.MergeSection));
export const AuditNoteOption = lazyChunk(() => import('../components/merge/audit-note-option').then((module) => module.AuditNoteOption));
export const ReviewMergeLines = lazyChunk(() => import('../components/merge/review-merge-lines').then((module) => module.ReviewMergeLines));
export const MergeFollowUp = lazyChunk(() => import('../components/merge/merge-follow-up').then((module) => module.MergeFollowUp));

export const mergeChunks = [MergeSection, AuditNoteOption, ReviewMergeLines, MergeFollowUp];
