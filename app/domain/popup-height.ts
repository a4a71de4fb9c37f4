// How tall the widget asks CRM to make its popup: its content's height, within bounds that keep it usable.
// [INFERRED] Zoho documents no minimum or maximum for ZOHO.CRM.UI.Resize nor the popup's default size
// (shared/docs/zoho-widget-sdk.md §4, §10): 400px still shows a short screen (eligibility, result) with its
// buttons; 800px fits a 1080p screen under CRM's own header. Taller content scrolls inside the popup.
export const POPUP_HEIGHT = { min: 400, max: 800 } as const;

/** Changes smaller than this are not worth a resize (a line of text appearing, a scrollbar). */
export const RESIZE_STEP_PX = 8;

export function popupHeightFor(contentHeight: number, bounds: { min: number; max: number } = POPUP_HEIGHT): number {
  if (!Number.isFinite(contentHeight)) return bounds.min;
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, Math.ceil(contentHeight))));
}

/** Whether a new height differs enough from the last one asked for to ask again. */
export function worthResizing(next: number, last: number | null): boolean {
  return last === null || Math.abs(next - last) >= RESIZE_STEP_PX;
}
