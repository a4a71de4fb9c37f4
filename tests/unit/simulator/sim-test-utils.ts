// Helpers for talking to the simulated CRM the way the widget does: relative /crm/v7 paths, JSON bodies.
import type { SimMethod, SimResponse } from '../../../app/host/simulator/sim-http';
import type { SimulatedCrm } from '../../../app/host/simulator/simulated-crm-types';

export function call(crm: SimulatedCrm, method: SimMethod, path: string, init: { params?: Record<string, string | undefined>; body?: unknown } = {}): Promise<SimResponse> {
  const params = init.params && Object.fromEntries(Object.entries(init.params).filter((e): e is [string, string] => e[1] !== undefined));
  return crm.handle({ method, path, params, body: init.body });
}

export const convert = (crm: SimulatedCrm, leadId: string, item: Record<string, unknown> = {}) =>
  call(crm, 'POST', `/crm/v7/Leads/${leadId}/actions/convert`, { body: { data: [item] } });

export const options = (crm: SimulatedCrm, leadId: string) => call(crm, 'GET', `/crm/v7/Leads/${leadId}/__conversion_options`);

export function manualClock(start = 1_700_000_000_000): { now(): number; advance(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

export const VALID_DEAL = {
  Deal_Name: 'Test Deal',
  Closing_Date: '2030-06-30',
  Stage: 'Qualification',
  Pipeline: 'Standard (Standard)',
};
