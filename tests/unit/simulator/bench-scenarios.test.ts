// The scenarios the benchmark (scripts/bench) relies on: large-matches (the API's maximum of candidates)
// and bulk-500 (500 leads with bulk-300's mix).
import { describe, expect, it } from 'vitest';
import { BULK_500_LEAD_COUNT } from '../../../app/host/simulator/scenarios/bulk-500';
import { LARGE_MATCHES_COUNT, LARGE_MATCHES_LEAD_ID } from '../../../app/host/simulator/scenarios/large-matches';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import { options } from './sim-test-utils';

type OptionsBody = { __conversion_options?: { Contacts?: unknown[]; Accounts?: unknown[] } };

describe('benchmark scenarios', () => {
  it('large-matches: conversion options return 100 contacts and 100 accounts', async () => {
    const crm = createSimulatedCrm({ scenario: 'large-matches' });
    const response = await options(crm, LARGE_MATCHES_LEAD_ID);
    expect(response.status).toBe(200);
    const body = response.body as OptionsBody;
    expect(LARGE_MATCHES_COUNT).toBe(100);
    expect(body.__conversion_options?.Contacts).toHaveLength(100);
    expect(body.__conversion_options?.Accounts).toHaveLength(100);
  });

  it('bulk-500 has 500 leads, 50 of them ineligible', () => {
    const { leads } = createSimulatedCrm({ scenario: 'bulk-500' }).snapshot();
    expect(leads).toHaveLength(BULK_500_LEAD_COUNT);
    expect(new Set(leads.map((l) => l.id)).size).toBe(500);
    expect(leads.filter((l) => l.$converted === true || l.Locked__s === true || l.$approval_state !== 'approved')).toHaveLength(50);
  });
});
