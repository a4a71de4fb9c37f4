import { SimulatedNetworkError } from '../sim-http';
import type { SimulatedCrm } from '../simulated-crm-types';
import { asFrameRequest, FRAME_CHANNEL, type FrameReply, type FrameRequest } from './frame-protocol';
import type { PageLoadData, UiCall } from './stand-in-types';

export type ServeWidgetFrameOptions = {
  /** The iframe that loads widget.html (with ?serviceOrigin=<this page's origin>) and the stand-in SDK. */
  frame: HTMLIFrameElement;
  crm: Pick<SimulatedCrm, 'handle'>;
  pageLoad: PageLoadData;
  /** Sees every ZOHO.CRM.UI.* call; its result is what the widget's SDK call resolves with (default true). */
  onUi?(call: UiCall): void | Promise<unknown>;
};

type Reply = { outcome: 'ok'; value: unknown } | { outcome: 'lost' | 'error'; message: string };

/**
 * The CRM side of the stand-in SDK for the demo page: answers the frame's requests from the simulated CRM.
 * A SimulatedNetworkError becomes a "lost" reply; a request the CRM never answers is never replied to.
 * Start it before the frame navigates so no request is missed. Returns a dispose function.
 */
export function serveWidgetFrame({ frame, crm, pageLoad, onUi }: ServeWidgetFrameOptions): () => void {
  const host = frame.ownerDocument.defaultView ?? window;
  let disposed = false;

  async function answer(request: FrameRequest): Promise<Reply> {
    try {
      if (request.kind === 'http') return { outcome: 'ok', value: await crm.handle(request.request) };
      if (request.kind === 'ui') return { outcome: 'ok', value: (await onUi?.(request.call)) ?? true };
      return { outcome: 'ok', value: pageLoad };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { outcome: error instanceof SimulatedNetworkError ? 'lost' : 'error', message };
    }
  }

  async function onMessage(event: MessageEvent) {
    const source = frame.contentWindow;
    if (disposed || !source || event.source !== source) return;
    const request = asFrameRequest(event.data);
    if (!request) return;
    const reply: FrameReply = { ...(await answer(request)), channel: FRAME_CHANNEL, type: 'reply', id: request.id };
    // The widget may have been closed (or navigated) meanwhile: then nobody is waiting.
    if (disposed || frame.contentWindow !== source) return;
    source.postMessage(reply, event.origin === 'null' || event.origin === '' ? '*' : event.origin);
  }

  host.addEventListener('message', onMessage);
  return () => {
    disposed = true;
    host.removeEventListener('message', onMessage);
  };
}
