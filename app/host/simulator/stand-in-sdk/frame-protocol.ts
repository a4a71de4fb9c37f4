// The stand-in's own postMessage protocol between the widget iframe (the SDK stand-in) and the page that
// plays CRM (serveWidgetFrame). Every request carries an id; the parent answers once with the same id.
import type { SimRequest } from '../sim-http';
import type { UiCall } from './stand-in-types';

export const FRAME_CHANNEL = 'lead-convert/stand-in-sdk/v1';

/** What the widget asks: an HTTP call to CRM, a ZOHO.CRM.UI.* call, or its PageLoad data. */
export type FrameAsk = { kind: 'http'; request: SimRequest } | { kind: 'ui'; call: UiCall } | { kind: 'page-load' };

export type FrameRequest = FrameAsk & { channel: typeof FRAME_CHANNEL; type: 'request'; id: number };

/** ok → the value (a SimResponse for http); lost → the CRM's answer never came back; error → the host failed. */
export type FrameReply =
  | { channel: typeof FRAME_CHANNEL; type: 'reply'; id: number; outcome: 'ok'; value: unknown }
  | { channel: typeof FRAME_CHANNEL; type: 'reply'; id: number; outcome: 'lost' | 'error'; message: string };

type Candidate = { channel?: unknown; type?: unknown; id?: unknown; kind?: unknown; outcome?: unknown };

function candidate(data: unknown): Candidate | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Candidate;
  return message.channel === FRAME_CHANNEL && typeof message.id === 'number' ? message : null;
}

export function asFrameRequest(data: unknown): FrameRequest | null {
  const message = candidate(data);
  const known = message?.kind === 'http' || message?.kind === 'ui' || message?.kind === 'page-load';
  return message?.type === 'request' && known ? (message as FrameRequest) : null;
}

export function asFrameReply(data: unknown): FrameReply | null {
  const message = candidate(data);
  const known = message?.outcome === 'ok' || message?.outcome === 'lost' || message?.outcome === 'error';
  return message?.type === 'reply' && known ? (message as FrameReply) : null;
}
