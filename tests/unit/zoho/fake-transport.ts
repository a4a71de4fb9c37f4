import type { TransportRequest, TransportResponse, ZohoTransport } from '../../../app/host/zoho/transport';
import type { ZohoUi } from '../../../app/host/zoho/zoho-ui';

/** A transport answered by a function, recording every request it carried. */
export function fakeTransport(answer: (request: TransportRequest) => Promise<TransportResponse> | TransportResponse) {
  const requests: TransportRequest[] = [];
  const transport: ZohoTransport = {
    request: async (request) => {
      requests.push(request);
      return answer(request);
    },
  };
  return { transport, requests };
}

export function recordingUi(result: () => Promise<unknown> = async () => true) {
  const calls: { action: string; data: unknown }[] = [];
  const record = (action: string, data: unknown) => {
    calls.push({ action, data });
    return result();
  };
  const ui: ZohoUi = {
    openRecord: (target) => record('Record.open', target),
    closePopup: () => record('Popup.close', null),
    closeReload: () => record('Popup.closeReload', null),
    resize: (size) => record('Resize', size),
  };
  return { ui, calls };
}
