import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ContactChoice } from '../../../../app/domain/conversion-model';
import { LeadSummary } from '../../../../app/components/lead-summary';
import { ResolutionSection } from '../../../../app/components/resolution/resolution-section';
import { IDS, buildLead, buildOptions, contactBoyle, contactPatBoyle, kaizen } from './fixtures';

const LONG = 'x'.repeat(10_000);
const RTL = 'شركة زيلكر للتقنية الحيوية';
const MARKUP = '<img src=x onerror="alert(1)">';

describe('user data on the resolution cards', () => {
  it('renders 10,000-character, right-to-left and markup values as text, in their own direction', () => {
    const lead = buildLead({ company: RTL, fullName: MARKUP });
    const contact = contactPatBoyle({ fullName: LONG, email: MARKUP, account: { id: IDS.accountZylker, name: RTL, locked: false } });
    const options = buildOptions({ contacts: [contact], matchedOn: { contacts: [], accounts: [] } });
    const { attribution } = kaizen({ lead, options });
    render(
      <>
        <LeadSummary lead={lead} />
        <ResolutionSection module="Contacts" lead={lead} candidates={[contact]} attribution={attribution}
          choice={null} suggestedId={null} notes={[]} onChoose={() => {}} onCompare={() => {}} />
      </>,
    );
    expect(screen.getByRole('radio', { name: `Create new contact — ${MARKUP}` })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: `Add to ${LONG}` })).toBeInTheDocument();
    const card = screen.getByRole('listitem', { name: LONG });
    expect(within(card).getByText(RTL)).toHaveAttribute('dir', 'auto');
    expect(within(card).getByText(MARKUP)).toHaveAttribute('dir', 'auto');
    expect(within(card).getByText(LONG)).toHaveAttribute('dir', 'auto');
    expect(document.querySelector('img')).toBeNull();
    // Zoho listed it without saying why: the rep is told to check.
    expect(within(card).getByText('Zoho did not say which field matched — check before merging')).toBeInTheDocument();
  });
});

describe('keyboard', () => {
  function Controlled() {
    const { lead, attribution } = kaizen();
    const [choice, setChoice] = useState<ContactChoice | null>({ kind: 'new' });
    return (
      <ResolutionSection module="Contacts" lead={lead} candidates={[contactBoyle({ locked: true }), contactPatBoyle()]} attribution={attribution}
        choice={choice} suggestedId={null} notes={[]} onChoose={setChoice} onCompare={() => {}} />
    );
  }

  it('arrow keys skip a record that cannot be chosen', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Create new contact — Pat Boyle' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Add to Boyle' })).not.toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Create new contact — Pat Boyle' })).toBeChecked();
  });

  it('reaches Compare with Tab after the group', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Compare lead with Boyle' })).toHaveFocus();
  });
});
