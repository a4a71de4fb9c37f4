import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { AccountChoice, ContactChoice } from '../../../../app/domain/conversion-model';
import { ResolutionSection, type ResolutionSectionProps } from '../../../../app/components/resolution/resolution-section';
import { IDS, buildAccount, buildLead, buildOptions, contactBoyle, contactPatBoyle, kaizen } from './fixtures';

function renderContacts(overrides: Partial<Extract<ResolutionSectionProps, { module: 'Contacts' }>> = {}) {
  const { lead, options, attribution } = kaizen();
  const onChoose = vi.fn<(choice: ContactChoice) => void>();
  const onCompare = vi.fn<(id: string) => void>();
  render(
    <ResolutionSection
      module="Contacts"
      lead={lead}
      candidates={options.contacts}
      attribution={attribution}
      choice={{ kind: 'existing', id: IDS.contactPatBoyle }}
      suggestedId={IDS.contactPatBoyle}
      notes={[]}
      onChoose={onChoose}
      onCompare={onCompare}
      {...overrides}
    />,
  );
  return { user: userEvent.setup(), onChoose, onCompare };
}

/** The section as the screen uses it: the choice lives outside and comes back through props. */
function ControlledAccounts(props: { initial: AccountChoice | null; lead?: ReturnType<typeof buildLead>; lockedByContact?: { contactName: string; account: { id: string; name: string; locked: boolean } | null } | null }) {
  const { lead, options, attribution } = kaizen(props.lead ? { lead: props.lead } : {});
  const [choice, setChoice] = useState<AccountChoice | null>(props.initial);
  return (
    <ResolutionSection
      module="Accounts"
      lead={lead}
      candidates={options.accounts}
      attribution={attribution}
      choice={choice}
      suggestedId={null}
      notes={[]}
      lockedByContact={props.lockedByContact ?? null}
      onChoose={setChoice}
      onCompare={() => {}}
    />
  );
}

describe('ResolutionSection (contacts)', () => {
  it('is a labelled radio group: create new with the name it will get, then one "Add to" per match', () => {
    renderContacts();
    const group = screen.getByRole('group', { name: 'Contact' });
    expect(group).toHaveAccessibleDescription('2 matching contacts');
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['new', IDS.contactBoyle, IDS.contactPatBoyle]);
    expect(within(group).getByRole('radio', { name: 'Create new contact — Pat Boyle' })).not.toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Add to Boyle' })).not.toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Add to Pat Boyle' })).toBeChecked();
  });

  it('marks on each card the field Zoho matched, in text and as a highlight', () => {
    renderContacts();
    const patBoyle = screen.getByRole('listitem', { name: 'Pat Boyle' });
    expect(patBoyle).toHaveTextContent('Phone matches 9844444444');
    expect(within(patBoyle).getByText('9844444444', { selector: 'mark *' })).toBeInTheDocument();
    expect(patBoyle).not.toHaveTextContent(/Email matches/);

    const boyle = screen.getByRole('listitem', { name: 'Boyle' });
    expect(boyle).toHaveTextContent('Email matches pat.boyle@zylker.com');
    expect(within(boyle).getByText('pat.boyle@zylker.com', { selector: 'mark *' })).toBeInTheDocument();
    expect(boyle).not.toHaveTextContent(/Phone matches/);
  });

  it('announces the matches and the suggestion with each radio', () => {
    renderContacts();
    expect(screen.getByRole('radio', { name: 'Add to Pat Boyle' })).toHaveAccessibleDescription(
      'Suggested: same Phone (unique field) Phone matches 9844444444',
    );
    expect(screen.getByRole('radio', { name: 'Add to Boyle' })).toHaveAccessibleDescription('Email matches pat.boyle@zylker.com');
  });

  it('shows the suggested badge only on the suggested card, with its reason', () => {
    renderContacts({ suggestedId: IDS.contactBoyle });
    expect(within(screen.getByRole('listitem', { name: 'Boyle' })).getByText('Suggested: same Email')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Pat Boyle' })).queryByText(/Suggested/)).not.toBeInTheDocument();
  });

  it('shows the fields Zoho returned, with the linked account and layout', () => {
    // The article's contacts carry no Layout; v8 answers do, and the card shows it.
    renderContacts({ candidates: [contactBoyle(), contactPatBoyle({ layout: { id: '4876876000000091033', name: 'Standard' } })] });
    const card = screen.getByRole('listitem', { name: 'Pat Boyle' });
    const terms = within(card).getAllByRole('term').map((term) => term.textContent);
    const values = within(card).getAllByRole('definition').map((value) => value.textContent);
    expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
      Email: '—',
      Phone: '9844444444',
      Account: 'Zylker Biotech',
      Layout: 'Standard',
    });
  });

  it('calls onChoose with the record the rep clicks, and with create new', async () => {
    const { user, onChoose } = renderContacts();
    await user.click(screen.getByRole('radio', { name: 'Add to Boyle' }));
    expect(onChoose).toHaveBeenLastCalledWith({ kind: 'existing', id: IDS.contactBoyle });
    await user.click(screen.getByRole('radio', { name: 'Create new contact — Pat Boyle' }));
    expect(onChoose).toHaveBeenLastCalledWith({ kind: 'new' });
  });

  it('selects a card when its body is clicked, but not when Compare is', async () => {
    const { user, onChoose, onCompare } = renderContacts({ choice: null });
    const boyle = screen.getByRole('listitem', { name: 'Boyle' });
    await user.click(within(boyle).getByRole('button', { name: 'Compare lead with Boyle' }));
    expect(onCompare).toHaveBeenCalledWith(IDS.contactBoyle);
    expect(onChoose).not.toHaveBeenCalled();
    await user.click(within(boyle).getByText('pat.boyle@zylker.com', { selector: 'mark *' }));
    expect(onChoose).toHaveBeenCalledWith({ kind: 'existing', id: IDS.contactBoyle });
  });

  it('disables a candidate Zoho would refuse and says why', () => {
    const { lead, attribution } = kaizen();
    render(
      <ResolutionSection
        module="Contacts"
        lead={lead}
        candidates={[contactBoyle({ locked: true }), contactPatBoyle({ editable: false })]}
        attribution={attribution}
        choice={{ kind: 'new' }}
        suggestedId={null}
        notes={[]}
        onChoose={() => {}}
        onCompare={() => {}}
      />,
    );
    const locked = screen.getByRole('radio', { name: 'Add to Boyle' });
    expect(locked).toBeDisabled();
    expect(locked).toHaveAccessibleDescription(/Locked: Zoho does not allow adding a lead to a locked record/);
    expect(within(screen.getByRole('listitem', { name: 'Boyle' })).getByText(/Locked: Zoho does not allow adding a lead to a locked record/)).toBeInTheDocument();
    const readOnly = screen.getByRole('radio', { name: 'Add to Pat Boyle' });
    expect(readOnly).toBeDisabled();
    expect(readOnly).toHaveAccessibleDescription(/Read-only for you/);
    // Compare still works on a disabled card: the rep may want to see why it matched.
    expect(within(screen.getByRole('listitem', { name: 'Boyle' })).getByRole('button', { name: /Compare/ })).toBeEnabled();
  });

  it.each([
    [{ approvalState: 'pending' as const }, /Waiting for approval/],
    [{ account: { id: IDS.accountZylker, name: 'Zylker Biotech', locked: true } }, /account is locked/],
  ])('explains the other reasons a contact cannot be chosen (%o)', (overrides, reason) => {
    const { lead, attribution } = kaizen();
    render(
      <ResolutionSection module="Contacts" lead={lead} candidates={[contactPatBoyle(overrides)]} attribution={attribution}
        choice={null} suggestedId={null} notes={[]} onChoose={() => {}} onCompare={() => {}} />,
    );
    expect(screen.getByRole('radio', { name: 'Add to Pat Boyle' })).toBeDisabled();
    expect(screen.getByText(reason)).toBeInTheDocument();
  });

  it('shows "Choose a contact" and marks the group invalid when Convert needs a choice', () => {
    renderContacts({ choice: null, problem: 'choose' });
    const group = screen.getByRole('group', { name: 'Contact' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('2 matching contacts Choose a contact');
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('says a weak, name-only match must be checked before merging', () => {
    const lead = buildLead({ email: null, phone: null });
    const options = buildOptions({
      contacts: [contactPatBoyle({ fields: { Full_Name: 'Pat Boyle', Phone: null } })],
      matchedOn: { contacts: [{ apiName: 'Full_Name', fieldId: null, label: null, unique: null, value: 'Pat Boyle' }], accounts: [] },
    });
    const { attribution } = kaizen({ lead, options });
    render(
      <ResolutionSection module="Contacts" lead={lead} candidates={options.contacts} attribution={attribution}
        choice={null} suggestedId={null} notes={[]} onChoose={() => {}} onCompare={() => {}} />,
    );
    const card = screen.getByRole('listitem', { name: 'Pat Boyle' });
    expect(within(card).getByText('Matched on name only — check before merging')).toBeInTheDocument();
    expect(within(card).getByText('Pat Boyle', { selector: 'mark *' })).toBeInTheDocument();
  });
});

describe('ResolutionSection (accounts)', () => {
  it('names the new account after the company and says Zoho matched one more account the rep cannot see', () => {
    render(<ControlledAccounts initial={null} />);
    const group = screen.getByRole('group', { name: 'Account' });
    expect(within(group).getByRole('radio', { name: 'Create new account — Zylker Biotech' })).toBeInTheDocument();
    expect(within(group).getByText('1 matching account')).toBeInTheDocument();
    expect(group).toHaveTextContent('Zoho also matched an account on Phone 9844444444 that you cannot see.');
    const card = within(group).getByRole('listitem', { name: 'Zylker Biotech' });
    expect(card).toHaveTextContent('Account name matches Zylker Biotech');
    expect(within(card).getByText('Matched on company name only — check before merging')).toBeInTheDocument();
  });

  it('moves the choice with the arrow keys, skipping nothing and wrapping around', async () => {
    const user = userEvent.setup();
    render(<ControlledAccounts initial={{ kind: 'new' }} />);
    const createNew = screen.getByRole('radio', { name: 'Create new account — Zylker Biotech' });
    const zylker = screen.getByRole('radio', { name: 'Add to Zylker Biotech' });
    await user.tab();
    expect(createNew).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(zylker).toBeChecked();
    expect(zylker).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(createNew).toBeChecked();
  });

  it('offers "No account" instead of create new when the lead has no company', async () => {
    const user = userEvent.setup();
    render(<ControlledAccounts initial={null} lead={buildLead({ company: null })} />);
    const none = screen.getByRole('radio', { name: 'No account (the lead has no company)' });
    expect(screen.queryByRole('radio', { name: /Create new account/ })).not.toBeInTheDocument();
    await user.click(none);
    expect(none).toBeChecked();
  });

  it('fixes the account when the chosen contact belongs to it: only that account can be chosen', () => {
    render(<ControlledAccounts initial={{ kind: 'existing', id: IDS.accountZylker }} lockedByContact={{ contactName: 'Pat Boyle', account: { id: IDS.accountZylker, name: 'Zylker Biotech', locked: false } }} />);
    const group = screen.getByRole('group', { name: 'Account' });
    expect(group).toHaveAccessibleDescription(/because the chosen contact Pat Boyle already belongs to it/);
    expect(screen.getByRole('radio', { name: /Create new account/ })).toBeDisabled();
    const zylker = screen.getByRole('radio', { name: 'Add to Zylker Biotech' });
    expect(zylker).toBeChecked();
    expect(zylker).toBeEnabled();
    expect(zylker).toHaveAccessibleDescription(/Fixed by the contact: Pat Boyle belongs to this account/);
  });

  it('disables other accounts while the account follows the contact', () => {
    const { lead, attribution } = kaizen();
    const other = buildAccount({ id: '4876876000007429999', name: 'Zylker Labs' });
    render(
      <ResolutionSection module="Accounts" lead={lead} candidates={[buildAccount(), other]} attribution={attribution}
        choice={{ kind: 'existing', id: IDS.accountZylker }} suggestedId={null} lockedByContact={{ contactName: 'Pat Boyle', account: { id: IDS.accountZylker, name: 'Zylker Biotech', locked: false } }}
        notes={[{ kind: 'account-follows-contact', contactName: 'Pat Boyle', accountName: 'Zylker Biotech' }]}
        onChoose={() => {}} onCompare={() => {}} />,
    );
    expect(screen.getByRole('radio', { name: 'Add to Zylker Labs' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Add to Zylker Labs' })).toHaveAccessibleDescription(/the account follows the contact Pat Boyle/);
    // The note already gives the reason, so it is said once.
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getByRole('note')).toHaveTextContent('Pat Boyle already belongs to the account Zylker Biotech, so the lead goes to that account too.');
  });

  it('shows the account the contact belongs to as the fixed choice even when Zoho did not offer it', () => {
    const { lead, attribution } = kaizen();
    const oldEmployer = { id: '4876876000007420003', name: 'Old Employer Inc', locked: false };
    render(
      <ResolutionSection module="Accounts" lead={lead} candidates={[buildAccount()]} attribution={attribution}
        choice={{ kind: 'existing', id: oldEmployer.id }} suggestedId={null} lockedByContact={{ contactName: 'Dora Different', account: oldEmployer }}
        notes={[]} onChoose={() => {}} onCompare={() => {}} />,
    );
    const linked = screen.getByRole('radio', { name: 'Add to Old Employer Inc' });
    expect(linked).toBeChecked();
    expect(linked).toHaveAccessibleDescription(/Fixed by the contact: Dora Different belongs to this account/);
    expect(screen.getByRole('radio', { name: 'Add to Zylker Biotech' })).toBeDisabled();
  });

  it('shows a section without matches with only create new', () => {
    const { lead, attribution } = kaizen({ options: buildOptions({ accounts: [], matchedOn: { contacts: [], accounts: [] } }) });
    render(
      <ResolutionSection module="Accounts" lead={lead} candidates={[]} attribution={attribution} choice={{ kind: 'new' }}
        suggestedId={null} notes={[]} onChoose={() => {}} onCompare={() => {}} />,
    );
    expect(screen.getByText('No matching accounts')).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(1);
    expect(screen.getByRole('radio', { name: 'Create new account — Zylker Biotech' })).toBeChecked();
  });
});
