import type { SimResponse } from '../sim-http';
import { asFrameReply, FRAME_CHANNEL, type FrameAsk, type FrameRequest } from './frame-protocol';
import type { PageLoadData, StandInBackend } from './stand-in-types';

export type PostMessageBackendOptions = {
  /** The widget's own window (receives replies). */
  self: Window;
  /** The page playing CRM. */
  parent: Window;
  /** Origin of the parent, like the SDK's serviceOrigin; replies from any other origin are ignored. */
  targetOrigin: string;
};

/** The backend inside the widget iframe: asks the parent page, which answers from the simulated CRM. */
export function createPostMessageBackend({ self, parent, targetOrigin }: PostMessageBackendOptions): StandInBackend {
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;

  self.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (targetOrigin !== '*' && event.origin !== targetOrigin) return;
    const reply = asFrameReply(event.data);
    const waiter = reply && pending.get(reply.id);
    if (!reply || !waiter) return;
    pending.delete(reply.id);
    if (reply.outcome === 'ok') waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.outcome === 'lost' ? `response lost: ${reply.message}` : reply.message));
  });

  function ask(message: FrameAsk): Promise<unknown> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const request: FrameRequest = { ...message, channel: FRAME_CHANNEL, type: 'request', id };
      parent.postMessage(request, targetOrigin);
    });
  }

  return {
    request: (request) => ask({ kind: 'http', request }) as Promise<SimResponse>,
    ui: (call) => ask({ kind: 'ui', call }),
    pageLoad: () => ask({ kind: 'page-load' }) as Promise<PageLoadData>,
  };
}
