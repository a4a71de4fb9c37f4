// Entry of the demo page (dev-only, never shipped): a simulated CRM org plus a fake Zoho CRM UI that
// opens the unchanged production widget in a popup iframe.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { listScenarios } from '../host/simulator/scenarios/list-scenarios';
import { createSimulatedCrm } from '../host/simulator/simulated-crm';
import type { FaultRule } from '../host/simulator/simulated-crm-types';
import { DemoApp } from './demo-app';
import { readDemoParams } from './demo-params';
import { sdkServiceWorkerReady } from './service-worker/register-sdk-service-worker';
import './demo.css';

const DEFAULT_SCENARIO = 'showcase';

// Registration starts before React renders so the worker is usually active before the first click.
sdkServiceWorkerReady().catch((error: unknown) => console.error('Service worker registration failed', error));

const params = readDemoParams(window.location.search);
const scenarios = listScenarios();
const known = (name: string | null) => name !== null && scenarios.some((scenario) => scenario.name === name);
const scenario = known(params.scenario) ? params.scenario : known(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : scenarios[0]?.name;

const crm = createSimulatedCrm({ scenario: scenario ?? undefined, latencyMs: params.latencyMs ?? 0, userLocale: params.locale ?? undefined });

// Test handle for the browser tests (tests/support/e2e/single-conversion.ts) and the benchmark (scripts/bench):
// the simulator's request log and org, copied; the bench also clears the log and sets the latency; tests arm
// faults the drawer does not offer (e.g. an unreadable lead). Only the demo page has it; the demo never ships.
Reflect.set(window, '__leadConvertDemo', {
  log: () => structuredClone(crm.log),
  snapshot: () => crm.snapshot(),
  clearLog: () => crm.clearLog(),
  setLatency: (ms: number) => crm.setLatency(ms),
  addFault: (rule: FaultRule) => crm.addFault(rule),
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The demo page has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <DemoApp crm={crm} scenarios={scenarios} params={params} />
  </StrictMode>,
);
