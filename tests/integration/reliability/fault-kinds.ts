// The seven faults of the reliability matrix (docs/reliability.md), as the simulator arms them.
import type { FaultKind } from '../../../app/host/simulator/simulated-crm-types';

export const MATRIX_FAULTS = [
  'never-answers',
  'rate-limit',
  'server-error',
  'malformed-body',
  'empty-body',
  'lost-after-commit',
  'slow',
] as const satisfies readonly FaultKind[];

export type MatrixFault = (typeof MATRIX_FAULTS)[number];

/** Past every deadline of the host (reads 20 s, writes 45 s) and every backoff pause. */
export const LONGER_THAN_ANY_DEADLINE_MS = 60_000;

/** A fault that a read's automatic retry gets past (the same request can succeed the next time). */
export const TRANSIENT: ReadonlySet<MatrixFault> = new Set(['never-answers', 'rate-limit', 'server-error', 'lost-after-commit']);
