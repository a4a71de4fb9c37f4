// One-shot faults for the next convert call and the next record update (the merge after a conversion).
// A fault that has fired shows as used up, derived from the request log rather than tracked separately.
import { useState } from 'react';
import type { SimOperation } from '../../host/simulator/sim-http';
import type { FaultKind, RequestLogEntry, SimulatedCrm } from '../../host/simulator/simulated-crm-types';

type Armable = { operation: SimOperation; kind: FaultKind; label: string };
type Group = { legend: string; faults: Armable[] };

const GROUPS: readonly Group[] = [
  {
    legend: 'Next convert call',
    faults: [
      { operation: 'convert', kind: 'rate-limit', label: '429 Too many requests' },
      { operation: 'convert', kind: 'server-error', label: '500 Internal error' },
      { operation: 'convert', kind: 'lost-after-commit', label: 'Answer lost after commit' },
      { operation: 'convert', kind: 'never-answers', label: 'Never answers' },
    ],
  },
  {
    legend: 'Next record update (merge)',
    faults: [{ operation: 'updateRecord', kind: 'server-error', label: 'Update fails: 500 Internal error' }],
  },
];

const keyOf = (fault: Armable) => `${fault.operation}/${fault.kind}`;
const ALL = GROUPS.flatMap((group) => group.faults);

type FaultControlsProps = { crm: SimulatedCrm; log: readonly RequestLogEntry[] };

export function FaultControls({ crm, log }: FaultControlsProps) {
  // fault key → the log sequence number when it was armed; it is spent once a later entry carries it.
  const [armed, setArmed] = useState<ReadonlyMap<string, number>>(new Map());
  const lastSeq = log.at(-1)?.seq ?? 0;
  const isActive = (fault: Armable) => {
    const since = armed.get(keyOf(fault));
    return since !== undefined && !log.some((entry) => entry.seq > since && entry.operation === fault.operation && entry.fault === fault.kind);
  };

  const apply = (next: ReadonlyMap<string, number>) => {
    crm.clearFaults();
    ALL.filter((fault) => next.has(keyOf(fault))).forEach(({ kind, operation }) => crm.addFault({ kind, operation, times: 1 }));
    setArmed(next);
  };

  const handleToggle = (fault: Armable) => {
    const next = new Map([...armed].filter(([key]) => ALL.some((other) => keyOf(other) === key && isActive(other))));
    if (isActive(fault)) next.delete(keyOf(fault));
    else next.set(keyOf(fault), lastSeq);
    apply(next);
  };

  return (
    <>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="fault-controls">
          <legend>{group.legend}</legend>
          {group.faults.map((fault) => (
            <label key={keyOf(fault)} className="check-label">
              <input type="checkbox" checked={isActive(fault)} onChange={() => handleToggle(fault)} />
              {fault.label}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="button button-small" onClick={() => apply(new Map())}>
        Clear faults
      </button>
    </>
  );
}
