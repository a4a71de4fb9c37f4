// The "Simulator" drawer: latency, one-shot faults and the request log of the simulated CRM.
import { useState } from 'react';
import type { SimulatedCrm } from '../../host/simulator/simulated-crm-types';
import { useRequestLog } from '../org/use-request-log';
import { FaultControls } from './fault-controls';
import { RequestLog } from './request-log';

type SimulatorDrawerProps = { crm: SimulatedCrm; initialLatencyMs: number; onClose(): void };

export function SimulatorDrawer({ crm, initialLatencyMs, onClose }: SimulatorDrawerProps) {
  const [latency, setLatency] = useState(String(initialLatencyMs));
  const { entries, creditsUsed } = useRequestLog(crm);

  const handleLatency = (value: string) => {
    setLatency(value);
    const ms = Number(value);
    if (value !== '' && Number.isFinite(ms) && ms >= 0) crm.setLatency(ms);
  };

  return (
    <aside id="simulator-drawer" className="drawer" aria-labelledby="simulator-heading">
      <header className="drawer-header">
        <h2 id="simulator-heading">Simulator</h2>
        <button type="button" className="icon-button" aria-label="Close simulator" onClick={onClose}>
          ×
        </button>
      </header>
      <label className="field-label">
        Latency (ms)
        <input type="number" min={0} step={50} value={latency} onChange={(event) => handleLatency(event.target.value)} />
      </label>
      <FaultControls crm={crm} log={entries} />
      <div className="log-header">
        <h3>Requests</h3>
        <span className="muted">
          {entries.length} calls · {creditsUsed} credits
        </span>
        <button type="button" className="button button-small" onClick={() => crm.clearLog()}>
          Clear log
        </button>
      </div>
      <RequestLog entries={entries} />
    </aside>
  );
}
