// The simulator's request log for display. The log is a plain array the simulator appends to (and may
// fill in when an answer arrives), so the drawer samples it while it is open.
import { useEffect, useState } from 'react';
import type { RequestLogEntry, SimulatedCrm } from '../../host/simulator/simulated-crm-types';

const POLL_MS = 300;

function signature(crm: SimulatedCrm): string {
  const last = crm.log.at(-1);
  return `${crm.log.length}:${last?.seq}:${last?.status}:${last?.outcome}:${crm.creditsUsed}`;
}

export type RequestLogView = { entries: RequestLogEntry[]; creditsUsed: number };

export function useRequestLog(crm: SimulatedCrm): RequestLogView {
  const [view, setView] = useState<RequestLogView>(() => ({ entries: crm.log.map((entry) => ({ ...entry })), creditsUsed: crm.creditsUsed }));
  useEffect(() => {
    let seen = '';
    const sample = () => {
      const next = signature(crm);
      if (next === seen) return;
      seen = next;
      setView({ entries: crm.log.map((entry) => ({ ...entry })), creditsUsed: crm.creditsUsed });
    };
    sample();
    const timer = window.setInterval(sample, POLL_MS);
    const unsubscribe = crm.subscribe(sample);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [crm]);
  return view;
}
