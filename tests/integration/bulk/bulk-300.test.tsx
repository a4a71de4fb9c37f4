import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chip, openBulk, reviewTable } from './helpers';

describe('bulk with 300 leads', () => {
  it('reads all 300, pages the table 50 at a time, and plans ceil(ready / 50) mass jobs once review rows are skipped', async () => {
    const { user } = await openBulk(300);
    const table = await reviewTable(20000);
    expect(screen.getByRole('heading', { level: 1, name: '300 leads selected' })).toBeInTheDocument();
    expect(chip('All 300')).toBeInTheDocument();
    expect(chip('Ready 210')).toBeInTheDocument();
    expect(chip('Needs review 60')).toBeInTheDocument();
    expect(chip('Cannot convert 30')).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(50);
    expect(screen.getByText('Leads 1–50 of 300')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Leads 51–100 of 300')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 6')).toBeInTheDocument();

    expect(screen.getByText('60 leads still need a decision')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip all needing review' }));
    expect(screen.getByText(/\(5 mass-convert jobs for 210 leads, 0 individual conversions\)$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Convert 210 leads' })).toBeEnabled();
  }, 25000);
});
