import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chip, openBulk, reviewTable, rowOf, selection } from './helpers';

describe('bulk reading', () => {
  it('cancel keeps what was read and shows it in the table; the rest can be read later', async () => {
    const { user } = await openBulk(40, { latencyMs: 15 });
    await screen.findByRole('progressbar', { name: 'Checking duplicates' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const table = await reviewTable();
    expect(screen.getByText(/^Stopped after checking \d+ of 40 leads; the table shows what was read so far\.$/)).toBeInTheDocument();
    const notRead = Number(/Not read (\d+)/.exec(chip(/^Not read \d+$/).textContent ?? '')?.[1]);
    expect(notRead).toBeGreaterThan(0);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(40);

    await user.click(screen.getByRole('button', { name: 'Read the rest' }));
    await reviewTable();
    await screen.findByRole('button', { name: 'Ready 28' }, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: /^Not read/ })).not.toBeInTheDocument();
  });

  it('marks a lead whose duplicate check gave an answer it cannot use as not read, with the reason', async () => {
    const [first] = selection(1);
    const { user } = await openBulk(10, { faults: [{ kind: 'malformed-body', operation: 'conversionOptions', recordId: first }] });
    await reviewTable();
    expect(chip('Not read 1')).toBeInTheDocument();
    expect(chip('Ready 6')).toBeInTheDocument();
    expect(rowOf('Ada Archer').getByText(/Could not be read/)).toBeInTheDocument();
    // Never retried by itself (it would likely come back the same), but the rep may ask once more.
    await user.click(rowOf('Ada Archer').getByRole('button', { name: /Retry/ }));
    await screen.findByRole('button', { name: 'Ready 7' });
    expect(screen.queryByRole('button', { name: /^Not read/ })).not.toBeInTheDocument();
  });
});
