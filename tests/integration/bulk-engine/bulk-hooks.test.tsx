import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useBulkReading } from '../../../app/api/bulk/use-bulk-reading';
import { useBulkRun } from '../../../app/api/bulk/use-bulk-run';
import { CrmHostProvider } from '../../../app/api/crm-host-context';
import { planBulkRun } from '../../../app/domain/bulk/plan-bulk-run';
import { createQueryClient } from '../../../app/query-client';
import { BulkStoreProvider, useBulkActions, useBulkDecision, useBulkDecisions, useBulkShared } from '../../../app/state/bulk-store';
import { createHarness } from './bulk-harness';

describe('bulk hooks', () => {
  it('useBulkReading + store + planBulkRun + useBulkRun work together', async () => {
    const h = createHarness();
    const ids = h.selection.slice(0, 20);
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>
        <CrmHostProvider host={h.host}>
          <BulkStoreProvider>{children}</BulkStoreProvider>
        </CrmHostProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(
      () => ({
        reading: useBulkReading(ids, h.options),
        run: useBulkRun(ids, h.options),
        decisions: useBulkDecisions(),
        shared: useBulkShared(),
        actions: useBulkActions(),
        first: useBulkDecision(ids[7]!),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.reading.phase).toBe('done'));
    expect(result.current.reading.rows).toHaveLength(20);
    expect(result.current.first).toEqual({ kind: 'auto' });
    act(() => result.current.actions.skipChosen(ids[7]!));
    expect(result.current.first).toEqual({ kind: 'skip' });
    const modules = await h.host.getModules();
    const plan = planBulkRun({ rows: result.current.reading.rows, decisions: result.current.decisions, shared: result.current.shared, modules, dealSetup: null, users: [], today: '2026-01-05' });
    act(() => result.current.run.start(plan));
    await waitFor(() => expect(result.current.run.phase).toBe('done'));
    expect(result.current.run.results.filter((r) => r.outcome === 'converted')).toHaveLength(14);
    // 1 skipped by the rep + 3 needs-review rows without a decision (blocked → reported as skipped).
    expect(result.current.run.results.filter((r) => r.outcome === 'skipped')).toHaveLength(4);
    expect(result.current.run.failedLeadIds).toEqual([]);
    expect(result.current.run.csv()).toContain('Lead ID,Name');
  });
});
