import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OverwriteOption } from '../../../../app/components/resolution/overwrite-option';
import { ResolutionNotes } from '../../../../app/components/resolution/resolution-notes';

const overwriteNote = { kind: 'overwrite-available', contactAccountName: 'Old Employer Inc', leadCompany: 'Zylker Biotech' } as const;

describe('ResolutionNotes', () => {
  it('says why the account was chosen and why no account is created', () => {
    render(
      <ResolutionNotes
        notes={[
          { kind: 'account-follows-contact', contactName: 'Pat Boyle', accountName: 'Zylker Biotech' },
          { kind: 'no-account-without-company' },
          overwriteNote,
        ]}
      />,
    );
    const notes = screen.getAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([
      'Pat Boyle already belongs to the account Zylker Biotech, so the lead goes to that account too.',
      'The lead has no company, so no account will be created.',
    ]);
  });

  it('renders nothing without notes to show', () => {
    const { container } = render(<ResolutionNotes notes={[overwriteNote]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('OverwriteOption', () => {
  function Controlled({ onChange }: { onChange: (checked: boolean) => void }) {
    const [checked, setChecked] = useState(false);
    return (
      <OverwriteOption
        note={overwriteNote}
        contactName="Pat Boyle"
        checked={checked}
        onChange={(next) => {
          setChecked(next);
          onChange(next);
        }}
      />
    );
  }

  it('is a checkbox that explains, in plain words, what ticking it changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const checkbox = screen.getByRole('checkbox', { name: "Update the contact's account name to 'Zylker Biotech'" });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription(/^Pat Boyle is linked to the account 'Old Employer Inc'/);
    expect(checkbox).toHaveAccessibleDescription(/Tick this to rename that account to 'Zylker Biotech'/);
    expect(checkbox).toHaveAccessibleDescription(/Leave it unticked to keep the name 'Old Employer Inc'/);
    await user.keyboard('{Tab}{ }');
    expect(checkbox).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('speaks of "the chosen contact" when no name is given', () => {
    render(<OverwriteOption note={overwriteNote} checked={false} onChange={() => {}} />);
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(/^The chosen contact is linked to the account 'Old Employer Inc'/);
  });
});
