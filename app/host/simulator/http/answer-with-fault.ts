// How a fault bends an answer that the CRM did produce (the 'after commit' kinds).
import { SimulatedNetworkError, type SimResponse } from '../sim-http';
import type { FaultKind } from '../simulated-crm-types';

export function bendAnswer(response: SimResponse, fault: FaultKind | undefined): SimResponse {
  switch (fault) {
    case 'lost-after-commit':
      throw new SimulatedNetworkError('The connection dropped after the CRM applied the request', true);
    case 'malformed-body': {
      const text = JSON.stringify(response.body ?? {});
      return { status: 200, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))), headers: response.headers };
    }
    case 'empty-body':
      return { status: 200, body: undefined, headers: {} };
    default:
      return response;
  }
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** mulberry32: the default seeded random source, so fault probabilities replay identically. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
