// The rep's choices for one lead, kept in session storage so that an error or a reload of the widget loses
// nothing. Only ConversionChoices are stored (record ids, deal inputs, flags, tag names): no tokens, no
// answers from Zoho. Session storage is per tab and ends with it, like the CRM page the widget lives in.
import type { RecordId } from '../api/crm-host';
import type { ConversionChoices } from '../domain/conversion-model';

/** Bump when ConversionChoices changes shape: drafts of another version are ignored, never misread. */
export const DRAFT_SCHEMA_VERSION = 1;
const PREFIX = 'lead-convert:draft:';

export function draftKey(leadId: RecordId): string {
  return `${PREFIX}v${DRAFT_SCHEMA_VERSION}:${leadId}`;
}

/** The stored draft as parsed JSON, or null when there is none, it is unreadable, or storage is unavailable. */
export function readDraft(leadId: RecordId): unknown {
  try {
    const text = storage()?.getItem(draftKey(leadId));
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Saves the choices; an empty set of choices removes the draft. Storage failures (quota, disabled) are ignored. */
export function saveDraft(leadId: RecordId, choices: ConversionChoices): void {
  try {
    const text = JSON.stringify(choices);
    if (text === '{}') storage()?.removeItem(draftKey(leadId));
    else storage()?.setItem(draftKey(leadId), text);
  } catch {
    // Keeping the draft is a convenience; the conversion itself must not depend on it.
  }
}

export function clearDraft(leadId: RecordId): void {
  try {
    storage()?.removeItem(draftKey(leadId));
  } catch {
    // As above.
  }
}

/**
 * Opens the frame's session storage while the reads are in flight: the first access to it is synchronous and
 * costs a few milliseconds, which would otherwise land on the render the rep is waiting for.
 */
export function warmDraftStorage(): void {
  try {
    void storage()?.length;
  } catch {
    // Blocked storage: readDraft will find no draft.
  }
}

function storage(): Storage | null {
  // Reading window.sessionStorage itself throws when the browser blocks storage for the frame.
  return typeof window === 'undefined' ? null : window.sessionStorage;
}
