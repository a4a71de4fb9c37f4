import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chip, openBulk, reviewTable, rowOf } from './helpers';

// First 40 leads: 28 clean, 8 with matches (slots 7 and 8), 4 that cannot convert (slot 9).
describe('bulk review', () => {
  it('shows reading progress, then the review table with the counts per status', async () => {
    await openBulk(40, { latencyMs: 5 });
    expect(await screen.findByRole('heading', { level: 1, name: '40 leads selected' })).toBeInTheDocument();
    const bar = await screen.findByRole('progressbar', { name: /Reading leads|Checking duplicates/ });
    expect(bar).toHaveAttribute('aria-valuemax', '40');
    expect(screen.getByText(/^(Reading leads|Checking duplicates) \d+ \/ 40$/)).toBeInTheDocument();

    await reviewTable();
    expect(chip('All 40')).toHaveAttribute('aria-pressed', 'true');
    expect(chip('Ready 28')).toBeInTheDocument();
    expect(chip('Needs review 8')).toBeInTheDocument();
    expect(chip('Cannot convert 4')).toBeInTheDocument();
    expect(rowOf('Ada Archer').getByText('Ready')).toBeInTheDocument();
    expect(rowOf('Hana Archer').getByText('1 matching contact')).toBeInTheDocument();
    expect(rowOf('Ivo Archer').getByText('1 matching account')).toBeInTheDocument();
    expect(rowOf('June Archer').getByText('Already converted')).toBeInTheDocument();
  });

  it('filters the table by status', async () => {
    const { user } = await openBulk(40);
    const table = await reviewTable();
    await user.click(chip('Needs review 8'));
    expect(chip('Needs review 8')).toHaveAttribute('aria-pressed', 'true');
    expect(chip('All 40')).toHaveAttribute('aria-pressed', 'false');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);

    await user.click(chip('Cannot convert 4'));
    const reasons = within(table).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
    expect(reasons).toHaveLength(4);
    expect(reasons.join(' ')).toMatch(/Already converted/);
    expect(reasons.join(' ')).toMatch(/Locked/);
    expect(reasons.join(' ')).toMatch(/Waiting for approval|Not approved/);
  });

  it('expands a needs-review row, chooses the matching contact, and keeps the decision', async () => {
    const { user } = await openBulk(40);
    await reviewTable();
    const review = rowOf('Hana Archer').getByRole('button', { name: 'Review Hana Archer' });
    expect(review).toHaveAttribute('aria-expanded', 'false');
    await user.click(review);
    expect(review).toHaveAttribute('aria-expanded', 'true');

    const panel = document.getElementById(review.getAttribute('aria-controls') ?? '') as HTMLElement;
    const contacts = within(panel).getByRole('group', { name: /contact/i });
    await user.click(within(contacts).getByRole('radio', { name: /Add to Hana Archer/ }));
    expect(within(panel).getAllByText(/Email matches|matches/).length).toBeGreaterThan(0);
    await user.click(within(panel).getByRole('button', { name: 'Use this choice' }));

    expect(rowOf('Hana Archer').getByText(/add to contact Hana Archer/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use this choice' })).not.toBeInTheDocument();
    expect(screen.getByText('7 leads still need a decision')).toBeInTheDocument();
  });

  it('takes "create new anyway" and "skip", shows the cost, and enables Run only when every lead is decided', async () => {
    const { user } = await openBulk(40);
    await reviewTable();
    const run = screen.getByRole('button', { name: /^Convert \d+ leads?$/ });
    expect(run).toBeDisabled();
    expect(screen.getByText('8 leads still need a decision')).toBeInTheDocument();

    await user.click(rowOf('Hana Archer').getByRole('button', { name: 'Create new anyway for Hana Archer' }));
    expect(rowOf('Hana Archer').getByText('Create new anyway')).toBeInTheDocument();
    await user.click(rowOf('Ivo Archer').getByRole('button', { name: 'Skip Ivo Archer' }));
    expect(rowOf('Ivo Archer').getByText('Skipped')).toBeInTheDocument();
    await user.click(rowOf('Ada Archer').getByRole('button', { name: 'Skip Ada Archer' }));
    expect(screen.getByText('6 leads still need a decision')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Skip all needing review' }));
    expect(screen.queryByText(/still need a decision/)).not.toBeInTheDocument();
    // 27 ready + Hana (create new) in one mass job; the rest skipped.
    expect(screen.getByText(/^This run will make about \d+ API calls and use about \d+ credits \(1 mass-convert job for 28 leads, 0 individual conversions\)$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Convert 28 leads' })).toBeEnabled();

    await user.click(rowOf('Ivo Archer').getByRole('button', { name: 'Undo the decision for Ivo Archer' }));
    expect(screen.getByText('1 lead still needs a decision')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Convert 28 leads' })).toBeDisabled();
  });
});

describe('bulk review by keyboard', () => {
  it('opens a review with Enter, chooses with the keyboard, and returns focus to the row', async () => {
    const { user } = await openBulk(10);
    await reviewTable();
    const review = rowOf('Hana Archer').getByRole('button', { name: 'Review Hana Archer' });
    review.focus();
    await user.keyboard('{Enter}');
    expect(review).toHaveAttribute('aria-expanded', 'true');
    const use = screen.getByRole('button', { name: 'Use this choice' });
    use.focus();
    await user.keyboard('{Enter}');
    expect(rowOf('Hana Archer').getByText(/add to contact Hana Archer/)).toBeInTheDocument();
    expect(rowOf('Hana Archer').getByRole('button', { name: 'Review Hana Archer' })).toHaveFocus();
  });
});
