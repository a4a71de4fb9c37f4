import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWidget } from '../../support/render-widget';
import { reviewAndConvert } from './helpers';

describe('when Zoho is busy (429)', () => {
  // The backoff waits seconds; fake timers skip the pause while everything else runs at its own pace.
  afterEach(() => void vi.useRealTimers());

  it('waits, says so, and retries by itself: one conversion', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'rate-limit', operation: 'convert' }] });

    await screen.findByRole('group', { name: 'Contact' });
    await reviewAndConvert(user);

    expect(await screen.findByText(/Zoho CRM is busy\. Nothing was changed; retrying in 2 s/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Converting…' })).toBeDisabled();
    await vi.advanceTimersByTimeAsync(2000);

    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    const converts = crm.log.filter((entry) => entry.operation === 'convert');
    expect(converts.map((entry) => entry.status)).toEqual([429, 200]);
    expect(crm.snapshot().leads.filter((lead) => lead.$converted === true)).toHaveLength(1);
  });
});
