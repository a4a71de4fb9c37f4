// What a ZOHO.CRM.UI.* call from the widget asks the host page to do. The stand-in SDK hands us
// {action, data}; the action is matched loosely ("Popup.closeReload", {popup: "CLOSE_RELOAD"}, …)
// so the demo follows whichever spelling the stand-in forwards.
export type UiCommand =
  | { kind: 'close' }
  | { kind: 'close-reload' }
  | { kind: 'resize'; width: unknown; height: unknown }
  | { kind: 'open-record'; entity: string; recordId: string; newTab: boolean }
  | { kind: 'unknown'; action: string };

function actionKey(action: unknown): string {
  const text = typeof action === 'string' ? action : action && typeof action === 'object' ? Object.entries(action).flat().join('') : '';
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

const asRecord = (data: unknown): Record<string, unknown> => (data && typeof data === 'object' ? (data as Record<string, unknown>) : {});

export function parseUiCall(call: { action: unknown; data: unknown }): UiCommand {
  const key = actionKey(call.action);
  const data = asRecord(call.data);
  switch (key) {
    case 'popupclose':
    case 'close':
      return { kind: 'close' };
    case 'popupclosereload':
    case 'closereload':
      return { kind: 'close-reload' };
    case 'resize':
      return { kind: 'resize', width: data.width, height: data.height };
    case 'recordopen':
    case 'open': {
      const target = data.Target ?? data.target;
      return {
        kind: 'open-record',
        entity: String(data.Entity ?? ''),
        recordId: String(data.RecordID ?? data.RecordId ?? ''),
        newTab: target === '_blank',
      };
    }
    default:
      return { kind: 'unknown', action: key };
  }
}

/** One side of the popup: px numbers or strings ("640", "640px", "80%"), clamped to what fits. */
export function popupDimension(requested: unknown, fallback: number, available: number): number {
  let size = fallback;
  if (typeof requested === 'number' && Number.isFinite(requested)) size = requested;
  if (typeof requested === 'string') {
    const value = Number.parseFloat(requested);
    if (Number.isFinite(value)) size = requested.trim().endsWith('%') ? (available * value) / 100 : value;
  }
  return Math.round(Math.max(240, Math.min(size, available)));
}
