import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { OrgSnapshot } from '../../../app/host/simulator/simulated-crm-types';
import { bulkLeadId } from '../../../app/host/simulator/scenarios/bulk-300';
import { renderWidget, type RenderWidgetOptions } from '../../support/render-widget';

/** The first n leads of the bulk-300 scenario (slot i % 10: 0–6 clean, 7 email match, 8 company match, 9 cannot convert). */
export const selection = (count: number) => Array.from({ length: count }, (_, index) => bulkLeadId(index));

/**
 * Mass-convert jobs in the simulator take 1 s + 100 ms per lead of simulated time; this clock runs 40× faster
 * than the wall clock so a job is done by the engine's first status poll.
 */
export function fastClock(factor = 40) {
  const start = Date.now();
  return { now: () => start + (Date.now() - start) * factor };
}

export async function openBulk(count: number, options: RenderWidgetOptions = {}) {
  const view = await renderWidget({
    scenario: 'bulk-300',
    clock: fastClock(),
    pageLoad: { Entity: 'Leads', EntityId: selection(count), ButtonPosition: 'ListView' },
    ...options,
  });
  return view;
}

export const LEADS_TABLE = 'Selected leads and what will happen to each';

export async function reviewTable(timeout = 8000) {
  return screen.findByRole('table', { name: LEADS_TABLE }, { timeout });
}

/** The table row of a lead, by its name (row header). */
export function rowOf(name: string) {
  const header = within(screen.getByRole('table', { name: LEADS_TABLE })).getByRole('rowheader', { name });
  const row = header.closest('tr');
  expect(row).not.toBeNull();
  return within(row as HTMLElement);
}

export function chip(name: RegExp | string) {
  return within(screen.getByRole('group', { name: 'Show leads' })).getByRole('button', { name });
}

export async function resultsTable(timeout = 15000) {
  return screen.findByRole('table', { name: 'What happened to each lead' }, { timeout });
}

export function convertedLeadIds(snapshot: OrgSnapshot): string[] {
  return snapshot.leads.filter((lead) => lead['$converted'] === true).map((lead) => lead.id);
}
