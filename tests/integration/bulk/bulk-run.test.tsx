import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertedLeadIds, openBulk, resultsTable, reviewTable, rowOf, selection } from './helpers';

afterEach(() => vi.restoreAllMocks());

/** jsdom's Blob has no text(); FileReader reads it as the browser would save it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Row texts of the results table, by lead name. */
function resultRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => ({ name: within(row).getByRole('rowheader').textContent ?? '', text: row.textContent ?? '' }));
}

describe('bulk run', () => {
  it('runs mass jobs and single converts, shows per-lead results matching the org, retries only failures and exports CSV', async () => {
    const { user, crm, uiCalls } = await openBulk(20);
    await reviewTable();
    // Hana (7): matched contact by Email → add to it (single convert). Ben Brooks (17): create new anyway → the
    // unique Email makes mass convert fail it. Ivo (8) and Cleo Brooks (18): skipped.
    await user.click(rowOf('Hana Archer').getByRole('button', { name: 'Review Hana Archer' }));
    await user.click(screen.getByRole('radio', { name: /Add to Hana Archer/ }));
    await user.click(screen.getByRole('button', { name: 'Use this choice' }));
    await user.click(rowOf('Ben Brooks').getByRole('button', { name: 'Create new anyway for Ben Brooks' }));
    await user.click(screen.getByRole('button', { name: 'Skip all needing review' }));
    expect(screen.getByText(/\(1 mass-convert job for 15 leads, 1 individual conversion\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Convert 16 leads' }));
    expect(await screen.findByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute('aria-valuemax', '16');
    expect(screen.getByText(/Job 1 of 1 · 15 leads · /)).toBeInTheDocument();
    expect(screen.getByText(/You can close this window; the run continues in Zoho/)).toBeInTheDocument();

    const table = await resultsTable();
    const rows = resultRows(table);
    const ids = selection(20);
    const converted = convertedLeadIds(crm.snapshot()).filter((id) => ids.includes(id));
    // The org says which selected leads are converted now: exactly the rows marked Converted (plus June, converted before).
    const convertedRows = rows.filter((row) => /Converted/.test(row.text) && !/Already converted/.test(row.text));
    expect(convertedRows.length).toBe(converted.length - 1);
    expect(converted).toContain(ids[7]);
    expect(converted).not.toContain(ids[17]);
    const ben = rows.find((row) => row.name === 'Ben Brooks');
    expect(ben?.text).toMatch(/Failed/);
    expect(ben?.text).toMatch(/Mass convert/);
    expect(rows.find((row) => row.name === 'Hana Archer')?.text).toMatch(/Individually/);
    expect(rows.find((row) => row.name === 'Ivo Archer')?.text).toMatch(/Skipped/);
    expect(screen.getByText(/^15 leads converted · 1 failed · \d+ skipped$/)).toBeInTheDocument();

    // Links open the records each lead became in CRM.
    const hanaRow = within(table).getByRole('rowheader', { name: 'Hana Archer' }).closest('tr') as HTMLElement;
    await user.click(within(hanaRow).getByRole('button', { name: 'Contact — Hana Archer' }));
    const contactId = crm.snapshot().leads.find((lead) => lead.id === ids[7])?.['$converted_detail'] as { contact: string };
    expect(uiCalls.filter((call) => call.action === 'Record.open').map((call) => call.data)).toEqual([
      expect.objectContaining({ Entity: 'Contacts', RecordID: contactId.contact }),
    ]);

    // CSV: what the user downloads.
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:results';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('lead-convert-results.csv');
      expect(this.getAttribute('href')).toBe('blob:results');
    });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    const csv = await readBlob(blob as unknown as Blob);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Lead ID,Name,Company,Outcome,How,Reason,Contact ID,Account ID,Deal ID');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.find((line) => line.startsWith(`${ids[17]},Ben Brooks,`))).toMatch(/,failed,mass,/);
    expect(lines.find((line) => line.startsWith(`${ids[7]},Hana Archer,`))).toMatch(/,converted,single,/);

    // Retry failed: only Ben comes back; choose his existing contact; only he is converted, individually.
    const before = crm.log.length;
    await user.click(screen.getByRole('button', { name: 'Retry failed (1)' }));
    const retryTable = await reviewTable();
    expect(within(retryTable).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Ben Brooks']);
    await user.click(rowOf('Ben Brooks').getByRole('button', { name: 'Review Ben Brooks' }));
    await user.click(screen.getByRole('radio', { name: /Add to Ben Brooks/ }));
    await user.click(screen.getByRole('button', { name: 'Use this choice' }));
    await user.click(screen.getByRole('button', { name: 'Convert 1 lead' }));
    await vi.waitFor(() => expect(screen.getByText(/^16 leads converted · 0 failed · \d+ skipped$/)).toBeInTheDocument(), { timeout: 10000 });
    const retried = crm.log.slice(before);
    expect(retried.filter((entry) => entry.operation === 'massConvert')).toHaveLength(0);
    expect(retried.filter((entry) => entry.operation === 'convert').map((entry) => entry.path)).toEqual([expect.stringContaining(ids[17]!)]);
    expect(convertedLeadIds(crm.snapshot())).toContain(ids[17]);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(uiCalls.at(-1)?.action).toBe('Popup.closeReload');
  });
});
