import { describe, expect, it } from 'vitest';
import type { LeadConverter } from '../../../app/api/crm-host';
import { duplicateOf, errorField } from '../../../app/domain/convert-error-details';
import { kaizenContext } from '../../support/builders';

describe('duplicateOf', () => {
  it('reads the record that already holds the value', () => {
    expect(duplicateOf({ json_path: '$.data[0].Contacts.Phone', duplicate_record: { id: '4876876000007421001', module: { api_name: 'Contacts' }, Owner: { name: 'Amelia' } } }))
      .toEqual({ module: 'Contacts', id: '4876876000007421001', ownerName: 'Amelia' });
  });

  // Found by fuzzing (tests/unit/fuzz): any string passed as the duplicate's id, although it may become the
  // contact or account of the next convert request.
  it.each(['', '12a', '../Leads/1', 'javascript:alert(1)'])('ignores a duplicate whose id is not a Zoho id: %j', (id) => {
    expect(duplicateOf({ duplicate_record: { id, module: { api_name: 'Contacts' } } })).toBeNull();
  });
});

describe('errorField', () => {
  const converter: LeadConverter = { Deals: { Deal_Name: 'D', Closing_Date: '2026-01-31', Stage: 'Qualification' } };

  it('points a deal field at the deal section', () => {
    expect(errorField({ api_name: 'Deal_Name' }, kaizenContext(), converter)).toEqual({ apiName: 'Deal_Name', section: 'deal' });
  });

  // `in` also finds Object.prototype's members, which are no deal fields.
  it.each(['toString', 'constructor', '__proto__'])('does not take %s for a deal field', (apiName) => {
    expect(errorField({ api_name: apiName }, kaizenContext(), converter)).toBeNull();
  });
});
