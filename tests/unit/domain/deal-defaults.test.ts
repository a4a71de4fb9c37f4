import { describe, expect, it } from 'vitest';
import { addDays, defaultDealValues } from '../../../app/domain/deal-defaults';
import { buildDealSetup } from '../../../app/domain/deal-setup';
import { context, enterprisePipeline, kaizenContext, layout, layoutField, lead, standardPipeline } from '../../support/builders';

describe('defaultDealValues', () => {
  it('Kaizen: Company as name, today + 30 days, default pipeline and its lowest-sequence stage', () => {
    expect(defaultDealValues(kaizenContext(), '2024-09-20')).toEqual({
      Deal_Name: 'Zylker Biotech',
      Closing_Date: '2024-10-20',
      Pipeline: 'Standard (Standard)',
      Stage: 'Qualification',
      Amount: '',
      Contact_Role: '',
    });
  });

  it('no Company: the lead name; no default pipeline: the first; custom fields empty, booleans "false"', () => {
    const dealSetup = buildDealSetup({
      leadsLayout: null,
      dealsLayout: layout({ fields: [layoutField('Signed', { dataType: 'boolean', required: true }), layoutField('PO', { required: true })] }),
      pipelines: [enterprisePipeline(), { ...standardPipeline(), isDefault: false }],
      contactRoles: [],
    });
    const values = defaultDealValues(context({ lead: lead({ company: '  ' }), dealSetup }), '2024-12-15');
    expect(values).toMatchObject({ Deal_Name: 'Nina Nomatch', Closing_Date: '2025-01-14', Pipeline: 'Enterprise', Stage: 'Discovery', Signed: 'false', PO: '' });
  });

  it('without deal metadata: only the standard keys, no pipeline', () => {
    expect(defaultDealValues(context({ dealSetup: null }), '2024-02-15')).toEqual({ Deal_Name: 'Fresh Start Labs', Closing_Date: '2024-03-16', Pipeline: '', Stage: '' });
  });

  it('an invalid today gives an empty closing date', () => {
    expect(defaultDealValues(context(), 'today').Closing_Date).toBe('');
  });
});

describe('addDays', () => {
  it.each([
    ['2024-10-20', 30, '2024-11-19'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-31', 0, '2024-03-31'],
    ['2024-02-30', 1, null],
    ['20-10-2024', 1, null],
  ] as const)('%s + %i → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
