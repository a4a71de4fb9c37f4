import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LeadSummary } from '../../../../app/components/lead-summary';
import { buildLead, buildOptions, kaizen } from './fixtures';

function valueOf(term: string) {
  const dt = screen.getAllByRole('term').find((item) => item.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

describe('LeadSummary', () => {
  it('keeps the heading and the standard fields without highlights', () => {
    render(<LeadSummary lead={buildLead()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Pat Boyle' })).toBeInTheDocument();
    expect(screen.getByText('Zylker Biotech')).toBeInTheDocument();
    expect(valueOf('Owner')).toHaveTextContent('Amelia Burrows');
    expect(screen.queryByText(/matches an existing/)).not.toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('marks the lead values Zoho matched and says what they match', () => {
    const { lead, attribution } = kaizen();
    render(<LeadSummary lead={lead} highlights={attribution.leadFields} />);
    expect(within(valueOf('Phone')).getByText('9844444444', { selector: 'mark *' })).toBeInTheDocument();
    expect(valueOf('Phone')).toHaveTextContent('9844444444 matches an existing contact and account');
    expect(valueOf('Email')).toHaveTextContent('pat.boyle@zylker.com matches an existing contact');
    expect(valueOf('Company')).toHaveTextContent('Zylker Biotech matches an existing account');
    expect(within(valueOf('Owner')).queryByText(/matches/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Pat Boyle' })).toBeInTheDocument();
  });

  it('adds a row for a matched field outside the standard ones, and marks a name match on the heading', () => {
    const lead = buildLead({ mobile: '+1 555 0100' });
    const options = buildOptions({
      contacts: [],
      accounts: [],
      matchedOn: {
        contacts: [
          { apiName: 'Mobile', fieldId: null, label: null, unique: true, value: '+1 555 0100' },
          { apiName: 'Full_Name', fieldId: null, label: null, unique: null, value: 'Pat Boyle' },
        ],
        accounts: [],
      },
    });
    const { attribution } = kaizen({ lead, options });
    render(<LeadSummary lead={lead} highlights={attribution.leadFields} />);
    expect(valueOf('Mobile')).toHaveTextContent('+1 555 0100 matches an existing contact');
    const heading = screen.getByRole('heading', { level: 1, name: 'Pat Boyle' });
    expect(within(heading).getByText('Pat Boyle', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('matches an existing contact', { selector: 'p' })).toBeInTheDocument();
  });
});
