import { describe, expect, it } from 'vitest';
import type { DealFieldSpec, DealSetup } from '../../../app/domain/conversion-model';
import { validateDeal } from '../../../app/domain/validate-deal';
import { enterprisePipeline, roles, standardDealSetup, standardPipeline } from '../../support/builders';

const valid = { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Pipeline: 'Standard (Standard)', Stage: 'Negotiation/Review', Amount: '', Contact_Role: '' };
const spec = (apiName: string, input: DealFieldSpec['input'], extra: Partial<DealFieldSpec> = {}): DealFieldSpec => ({
  apiName, label: apiName, input, required: false, maxLength: null, decimalPlaces: null, options: [], ...extra,
});
const setup = standardDealSetup({ pipelines: [standardPipeline(), enterprisePipeline()] });
const withCustom = (...fields: DealFieldSpec[]): DealSetup => ({ ...setup, fields: [...setup.fields, ...fields] });

describe('validateDeal', () => {
  it('Kaizen Case I: sends actual values, a number amount and omits empty optional fields', () => {
    expect(validateDeal(setup, { ...valid, Amount: '20000000' })).toEqual({
      ok: true,
      deal: { Deal_Name: 'Zylker Deal', Closing_Date: '2024-10-20', Pipeline: 'Standard (Standard)', Stage: 'Negotiation/Review', Amount: 20000000 },
    });
  });

  it('sends the contact role as its id and trims text', () => {
    const result = validateDeal(setup, { ...valid, Deal_Name: '  Zylker Deal ', Contact_Role: roles[0]!.id });
    expect(result).toMatchObject({ ok: true, deal: { Deal_Name: 'Zylker Deal', Contact_Role: '5545974000000006873' } });
  });

  it.each([
    ['missing name', { Deal_Name: ' ' }, 'Deal_Name', 'required'],
    ['name over 120 characters', { Deal_Name: 'x'.repeat(121) }, 'Deal_Name', 'too-long'],
    ['missing closing date', { Closing_Date: '' }, 'Closing_Date', 'required'],
    ['closing date not ISO', { Closing_Date: '20/10/2024' }, 'Closing_Date', 'not-a-date'],
    ['closing date that does not exist', { Closing_Date: '2024-02-30' }, 'Closing_Date', 'not-a-date'],
    ['missing pipeline', { Pipeline: '' }, 'Pipeline', 'required'],
    ['unknown pipeline', { Pipeline: 'Enterprise Sales' }, 'Pipeline', 'not-an-option'],
    ['stage of another pipeline', { Stage: 'Discovery' }, 'Stage', 'stage-not-in-pipeline'],
    ['stage by display value', { Stage: 'Identify Decision Makers' }, 'Stage', 'stage-not-in-pipeline'],
    ['missing stage', { Stage: '' }, 'Stage', 'required'],
    ['amount not a number', { Amount: 'lots' }, 'Amount', 'not-a-number'],
    ['negative amount', { Amount: '-5' }, 'Amount', 'negative'],
    ['unknown contact role', { Contact_Role: 'Manager' }, 'Contact_Role', 'not-an-option'],
  ])('%s', (_name, change, apiName, error) => {
    const result = validateDeal(setup, { ...valid, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ apiName, error }]);
  });

  it('a stage by actual value that differs from its display value is accepted', () => {
    expect(validateDeal(setup, { ...valid, Stage: 'Id. Decision Makers' })).toMatchObject({ ok: true, deal: { Stage: 'Id. Decision Makers' } });
  });

  it('reports every invalid field at once', () => {
    const result = validateDeal(setup, { Deal_Name: '', Closing_Date: 'x', Pipeline: 'Standard (Standard)', Stage: 'Discovery', Amount: '-1' });
    expect(result.ok ? [] : result.errors.map((e) => e.apiName)).toEqual(['Deal_Name', 'Closing_Date', 'Stage', 'Amount']);
  });

  it('requires Deal_Name, Closing_Date and Stage even when the setup lacks them', () => {
    const result = validateDeal({ layoutId: null, fields: [], pipelines: [], contactRoles: [] }, valid);
    expect(result.ok ? [] : result.errors).toEqual([
      { apiName: 'Deal_Name', error: 'required' },
      { apiName: 'Closing_Date', error: 'required' },
      { apiName: 'Stage', error: 'required' },
    ]);
  });

  it.each([
    ['integer', spec('Seats', 'integer'), '12', 12],
    ['integer with grouping', spec('Seats', 'integer'), '1,200', 1200],
    ['number may be negative', spec('Rate', 'number'), '-1,5', -1.5],
    ['percent at the bound', spec('Probability', 'percent'), '100', 100],
    ['currency custom field', spec('Setup_Fee', 'currency'), '1 500,00', 1500],
    ['boolean true', spec('Signed', 'boolean'), 'true', true],
    ['boolean false is sent', spec('Signed', 'boolean'), 'false', false],
    ['picklist by actual value', spec('Region', 'picklist', { options: [{ value: 'EMEA', label: 'Europe' }] }), 'EMEA', 'EMEA'],
    ['date', spec('Go_Live', 'date'), '2025-01-31', '2025-01-31'],
    ['email text', spec('Mail', 'email'), 'a@x.com', 'a@x.com'],
  ])('custom %s', (_name, field, raw, expected) => {
    const result = validateDeal(withCustom(field), { ...valid, [field.apiName]: raw });
    expect(result.ok && result.deal[field.apiName]).toBe(expected);
  });

  it.each([
    ['required custom field empty', spec('PO', 'text', { required: true }), '', 'required'],
    ['text too long', spec('PO', 'text', { maxLength: 3 }), 'ABCD', 'too-long'],
    ['integer with decimals', spec('Seats', 'integer'), '1.5', 'not-an-integer'],
    ['percent over 100', spec('Probability', 'percent'), '101', 'out-of-range'],
    ['percent below 0', spec('Probability', 'percent'), '-1', 'out-of-range'],
    ['picklist display value', spec('Region', 'picklist', { options: [{ value: 'EMEA', label: 'Europe' }] }), 'Europe', 'not-an-option'],
    ['boolean nonsense', spec('Signed', 'boolean'), 'yes', 'not-an-option'],
    ['number nonsense', spec('Rate', 'number'), '1..2', 'not-a-number'],
  ])('custom %s', (_name, field, raw, error) => {
    const result = validateDeal(withCustom(field), { ...valid, [field.apiName]: raw });
    expect(result.ok ? [] : result.errors).toEqual([{ apiName: field.apiName, error }]);
  });

  it('omits an empty optional custom field', () => {
    const result = validateDeal(withCustom(spec('Rate', 'number')), { ...valid, Rate: '  ' });
    expect(result.ok && 'Rate' in result.deal).toBe(false);
  });

  it('without pipelines, Stage is checked against the layout picklist when there is one', () => {
    const noPipelines: DealSetup = { layoutId: null, pipelines: [], contactRoles: [], fields: [spec('Deal_Name', 'text', { required: true }), spec('Closing_Date', 'date', { required: true }), spec('Stage', 'stage', { required: true, options: [{ value: 'Closed Won', label: 'Won' }] })] };
    expect(validateDeal(noPipelines, { ...valid, Stage: 'Closed Won' }).ok).toBe(true);
    expect(validateDeal(noPipelines, { ...valid, Stage: 'Won' })).toEqual({ ok: false, errors: [{ apiName: 'Stage', error: 'not-an-option' }] });
  });
});
