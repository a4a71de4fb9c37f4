import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { RecordId } from '../../../../app/api/crm-host';
import { CompareDialog } from '../../../../app/components/resolution/compare-dialog';
import { ResolutionSection } from '../../../../app/components/resolution/resolution-section';
import { kaizen } from './fixtures';

/** The contact section with its compare dialog, wired the way the screen wires them. */
function ContactsWithCompare({ module = 'Contacts' }: { module?: 'Contacts' | 'Accounts' }) {
  const { lead, options, attribution } = kaizen();
  const [comparing, setComparing] = useState<RecordId | null>(null);
  const candidates = module === 'Contacts' ? options.contacts : options.accounts;
  const candidate = candidates.find((item) => item.id === comparing);
  const common = { lead, attribution, suggestedId: null, notes: [], onCompare: setComparing };
  return (
    <>
      {module === 'Contacts' ? (
        <ResolutionSection {...common} module="Contacts" candidates={options.contacts} choice={null} onChoose={() => {}} />
      ) : (
        <ResolutionSection {...common} module="Accounts" candidates={options.accounts} choice={null} onChoose={() => {}} />
      )}
      {candidate ? <CompareDialog module={module} lead={lead} candidate={candidate} attribution={attribution} onClose={() => setComparing(null)} /> : null}
    </>
  );
}

async function openCompare(name: string, module: 'Contacts' | 'Accounts' = 'Contacts') {
  const user = userEvent.setup();
  render(<ContactsWithCompare module={module} />);
  const button = screen.getByRole('button', { name: `Compare lead with ${name}` });
  await user.click(button);
  return { user, button, dialog: screen.getByRole('dialog', { name: `Compare lead and ${module === 'Contacts' ? 'contact' : 'account'} ${name}` }) };
}

function rowOf(dialog: HTMLElement, field: RegExp) {
  const header = within(dialog).getByRole('rowheader', { name: field });
  const row = header.closest('tr');
  if (!row) throw new Error('row header outside a row');
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
}

describe('CompareDialog', () => {
  it('opens as a modal dialog with lead and contact side by side', async () => {
    const { dialog } = await openCompare('Pat Boyle');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveFocus();
    expect(within(dialog).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Field', 'Lead', 'Contact']);
    expect(rowOf(dialog, /^Name/)).toEqual(['Pat Boyle', 'Pat Boyle']);
    expect(rowOf(dialog, /^Phone/)).toEqual(['9844444444', '9844444444']);
    expect(rowOf(dialog, /^Email/)).toEqual(['pat.boyle@zylker.com', '—']);
  });

  it('marks the matched row and the rows that differ, in text', async () => {
    const { dialog } = await openCompare('Pat Boyle');
    expect(within(dialog).getByRole('rowheader', { name: 'Phone matched' })).toBeInTheDocument();
    expect(within(dialog).getByRole('rowheader', { name: 'Email differs' })).toBeInTheDocument();
    // Same value but not what Zoho matched on: neither marker.
    expect(within(dialog).getByRole('rowheader', { name: 'Name' })).toBeInTheDocument();
    expect(within(dialog).getAllByText('9844444444', { selector: 'mark *' })).toHaveLength(2);
  });

  it('titles an account comparison after the account and its column "Account"', async () => {
    const { dialog } = await openCompare('Zylker Biotech', 'Accounts');
    expect(within(dialog).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Field', 'Lead', 'Account']);
    expect(within(dialog).getByRole('rowheader', { name: 'Account name matched' })).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the Compare button', async () => {
    const { user, button } = await openCompare('Boyle');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('closes with the Close button and gives focus back', async () => {
    const { user, button, dialog } = await openCompare('Pat Boyle');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const { user, dialog } = await openCompare('Pat Boyle');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
  });

});
