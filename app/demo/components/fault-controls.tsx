// One-shot faults for the next convert call. A fault that has fired shows as used up, derived from the
// request log rather than tracked separately.
import { useState } from 'react';
import type { FaultKind, RequestLogEntry, SimulatedCrm } from '../../host/simulator/simulated-crm-types';

const CONVERT_FAULTS: ReadonlyArray<{ kind: FaultKind; label: string }> = [
  { kind: 'rate-limit', label: '429 Too many requests' },
  { kind: 'server-error', label: '500 Internal error' },
  { kind: 'lost-after-commit', label: 'Answer lost after commit' },
  { kind: 'never-answers', label: 'Never answers' },
];

type FaultControlsProps = { crm: SimulatedCrm; log: readonly RequestLogEntry[] };

export function FaultControls({ crm, log }: FaultControlsProps) {
  // kind → the log sequence number when it was armed; it is spent once a later entry carries it.
  const [armed, setArmed] = useState<ReadonlyMap<FaultKind, number>>(new Map());
  const lastSeq = log.at(-1)?.seq ?? 0;
  const isActive = (kind: FaultKind) => {
    const since = armed.get(kind);
    return since !== undefined && !log.some((entry) => entry.seq > since && entry.fault === kind);
  };

  const apply = (next: ReadonlyMap<FaultKind, number>) => {
    crm.clearFaults();
    next.forEach((_seq, kind) => crm.addFault({ kind, operation: 'convert', times: 1 }));
    setArmed(next);
  };

  const handleToggle = (kind: FaultKind) => {
    const next = new Map([...armed].filter(([armedKind]) => isActive(armedKind)));
    if (isActive(kind)) next.delete(kind);
    else next.set(kind, lastSeq);
    apply(next);
  };

  return (
    <fieldset className="fault-controls">
      <legend>Next convert call</legend>
      {CONVERT_FAULTS.map((fault) => (
        <label key={fault.kind} className="check-label">
          <input type="checkbox" checked={isActive(fault.kind)} onChange={() => handleToggle(fault.kind)} />
          {fault.label}
        </label>
      ))}
      <button type="button" className="button button-small" onClick={() => apply(new Map())}>
        Clear faults
      </button>
    </fieldset>
  );
}
