// The UI calls of the SDK behind a small seam, so the host can be exercised without the globals.

export type ZohoUi = {
  openRecord(target: { Entity: string; RecordID: string; Target?: '_blank' }): Promise<unknown>;
  closePopup(): Promise<unknown>;
  closeReload(): Promise<unknown>;
  resize(size: { width?: number; height: number }): Promise<unknown>;
};

export function createZohoUi(sdk: ZohoSdk): ZohoUi {
  const ui = sdk.CRM.UI;
  return {
    openRecord: (target) => ui.Record.open(target),
    closePopup: () => ui.Popup.close(),
    closeReload: () => ui.Popup.closeReload(),
    resize: (size) => ui.Resize(size),
  };
}
