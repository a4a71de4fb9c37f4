import { describe, expect, it } from 'vitest';
import { buildDealSetup, inputFor } from '../../../app/domain/deal-setup';
import { enterprisePipeline, layout, layoutField, roles, standardPipeline } from '../../support/builders';

const dealsLayout = layout({
  id: 'D1',
  fields: [
    layoutField('Deal_Name', { label: 'Deal Name', required: true, length: 120 }),
    layoutField('Amount', { label: 'Amount', dataType: 'currency', decimalPlace: 2 }),
    layoutField('Owner', { dataType: 'ownerlookup', required: true }),
    layoutField('Account_Name', { dataType: 'lookup', required: true }),
    layoutField('Region', { label: 'Region', dataType: 'picklist', required: true, pickListValues: [{ displayValue: 'Europe, Middle East & Africa', actualValue: 'EMEA' }] }),
    layoutField('Seats', { label: 'Seats', dataType: 'integer', required: true, length: 9 }),
    layoutField('Computed', { dataType: 'formula', required: true, readOnly: true }),
    layoutField('Discount_Rate', { dataType: 'double' }),
  ],
});
const leadsLayout = layout({
  id: 'L1',
  convertMapping: { Contacts: null, Accounts: null, Deals: { id: 'D1', name: 'Standard', fields: [
    { id: null, apiName: 'Amount', label: 'Amount', required: false },
    { id: null, apiName: 'Go_Live', label: 'Go-live Date', required: true },
  ] } },
});

describe('buildDealSetup', () => {
  const setup = buildDealSetup({ leadsLayout, dealsLayout, pipelines: [standardPipeline(), enterprisePipeline()], contactRoles: roles });

  it('lists the standard fields first, then the other required fields (mapping, then layout)', () => {
    expect(setup.fields.map((f) => [f.apiName, f.input, f.required])).toEqual([
      ['Deal_Name', 'text', true],
      ['Closing_Date', 'date', true],
      ['Pipeline', 'pipeline', true],
      ['Stage', 'stage', true],
      ['Amount', 'currency', false],
      ['Contact_Role', 'contact-role', false],
      ['Go_Live', 'text', true],
      ['Region', 'picklist', true],
      ['Seats', 'integer', true],
    ]);
    expect(setup.layoutId).toBe('D1');
  });

  it('takes labels, limits and options from the layout; pipelines by actual_value; roles by sequence', () => {
    const byName = Object.fromEntries(setup.fields.map((f) => [f.apiName, f]));
    expect(byName['Deal_Name']).toMatchObject({ label: 'Deal Name', maxLength: 120 });
    expect(byName['Amount']?.decimalPlaces).toBe(2);
    expect(byName['Go_Live']?.label).toBe('Go-live Date');
    expect(byName['Pipeline']?.options).toEqual([{ value: 'Standard (Standard)', label: 'Standard (Standard)' }, { value: 'Enterprise', label: 'Enterprise Sales' }]);
    expect(byName['Region']?.options).toEqual([{ value: 'EMEA', label: 'Europe, Middle East & Africa' }]);
    expect(byName['Contact_Role']?.options.map((o) => o.label)).toEqual(['Purchasing', 'Decision Maker']);
    expect(setup.contactRoles.map((r) => r.sequence)).toEqual([1, 2]);
  });

  it('without pipelines or roles: no Pipeline nor Contact_Role field; Stage from the layout picklist', () => {
    const plain = buildDealSetup({
      leadsLayout: null,
      dealsLayout: layout({ fields: [layoutField('Stage', { dataType: 'picklist', pickListValues: [{ displayValue: 'Won', actualValue: 'Closed Won' }] })] }),
      pipelines: [],
      contactRoles: [],
    });
    expect(plain.fields.map((f) => f.apiName)).toEqual(['Deal_Name', 'Closing_Date', 'Stage', 'Amount']);
    expect(plain.fields.find((f) => f.apiName === 'Stage')?.options).toEqual([{ value: 'Closed Won', label: 'Won' }]);
  });

  it('with nothing loaded still has the documented mandatory keys with readable labels', () => {
    const empty = buildDealSetup({ leadsLayout: null, dealsLayout: null, pipelines: [], contactRoles: [] });
    expect(empty.layoutId).toBeNull();
    expect(empty.fields.map((f) => [f.apiName, f.label])).toEqual([['Deal_Name', 'Deal name'], ['Closing_Date', 'Closing date'], ['Stage', 'Stage'], ['Amount', 'Amount']]);
  });
});

describe('inputFor', () => {
  it.each([
    ['text', 'text'], ['textarea', 'textarea'], ['email', 'email'], ['phone', 'phone'], ['website', 'url'], ['date', 'date'],
    ['datetime', 'date'], ['currency', 'currency'], ['double', 'number'], ['decimal', 'number'], ['integer', 'integer'],
    ['bigint', 'integer'], ['percent', 'percent'], ['boolean', 'boolean'], ['picklist', 'picklist'], ['multiselectpicklist', 'text'], ['lookup', 'text'],
  ] as const)('%s → %s', (dataType, expected) => {
    expect(inputFor(dataType)).toBe(expected);
  });
});
