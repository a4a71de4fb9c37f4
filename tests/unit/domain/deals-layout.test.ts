import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../app/api/crm-host';
import { pickDealsLayoutId } from '../../../app/domain/deals-layout';
import { layout, lead } from '../../support/builders';

const mapped = (dealsId: string): Layout['convertMapping'] => ({
  Contacts: null,
  Accounts: null,
  Deals: { id: dealsId, name: 'Renewals Desk', fields: [] },
});

describe('pickDealsLayoutId', () => {
  const leadsLayouts = [layout({ id: '500', convertMapping: mapped('D2') }), layout({ id: '501', convertMapping: null })];
  const dealsLayouts = [layout({ id: 'D0', name: 'Inactive', status: 'inactive' }), layout({ id: 'D1', name: 'Partner' }), layout({ id: 'D3', name: 'Standard' })];

  it.each([
    ["the lead's layout maps to a Deals layout", lead({ layout: { id: '500', name: 'Standard' } }), leadsLayouts, dealsLayouts, 'D2'],
    ['no mapping: the Deals layout named Standard', lead({ layout: { id: '501', name: 'Other' } }), leadsLayouts, dealsLayouts, 'D3'],
    ['lead layout unknown', lead({ layout: null }), leadsLayouts, dealsLayouts, 'D3'],
    ['no Standard: the first active one', lead({ layout: null }), [], [dealsLayouts[0]!, dealsLayouts[1]!], 'D1'],
    ['nothing at all', lead(), [], [], null],
    ['only inactive layouts', lead(), [], [dealsLayouts[0]!], null],
  ])('%s', (_name, theLead, leads, deals, expected) => {
    expect(pickDealsLayoutId(theLead, leads, deals)).toBe(expected);
  });
});
