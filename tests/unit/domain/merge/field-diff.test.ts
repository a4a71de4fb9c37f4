import { describe, expect, it } from 'vitest';
import { buildUpdate, chosenRows, defaultPick, diffRecord } from '../../../../app/domain/merge/field-diff';

const lead = { First_Name: 'Mia', Last_Name: 'Merge', Email: 'Mia.Merge@Mergely.example', Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Designation: 'Head of Operations', City: 'Berlin', No_of_Employees: 40, Owner: { id: '1', name: 'x' } };

describe('diffRecord', () => {
  it('lists fields that differ and fields the lead fills, over the conversion mapping', () => {
    const contact = { First_Name: 'Mia', Last_Name: 'Merge', Email: 'mia.merge@mergely.example ', Phone: '+49 30 5550 1999', Mobile: null, Title: 'Ops', Mailing_City: 'berlin' };
    expect(diffRecord('Contacts', lead, contact).map((row) => [row.field, row.leadField, row.kind, row.recordValue])).toEqual([
      ['Phone', 'Phone', 'differs', '+49 30 5550 1999'],
      ['Mobile', 'Mobile', 'fills-empty', null],
      ['Title', 'Designation', 'differs', 'Ops'],
    ]);
  });

  it.each([
    ['same phone written differently', { Phone: '(30) 5550-1201' }, { Phone: '030 5550 1201' }, []],
    ['the lead has no value', { Phone: null }, { Phone: '123' }, []],
    ['the lead value is a lookup (not scalar)', { Phone: { name: '1' } }, { Phone: null }, []],
    ['the field is absent on the record: fills', { Phone: '030 1234567' }, {}, [['Phone', 'fills-empty']]],
    ['blank on the record: fills', { Mobile: '0170 1' }, { Mobile: '  ' }, [['Mobile', 'fills-empty']]],
    ['unknown fields are ignored', { Favourite_Colour: 'red' }, { Favourite_Colour: 'blue' }, []],
    ['empty inputs', {}, {}, []],
  ])('%s', (_name, leadFields, record, expected) => {
    expect(diffRecord('Contacts', leadFields, record).map((row) => [row.field, row.kind])).toEqual(expected);
  });

  it('maps lead fields to account fields (Company is left to overwrite)', () => {
    const rows = diffRecord('Accounts', { Company: 'Mergely', Phone: '123 4567', No_of_Employees: 40, City: 'Berlin' }, { Account_Name: 'Other', Employees: 12, Billing_City: null });
    expect(rows.map((row) => [row.field, row.leadRaw, row.kind])).toEqual([
      ['Phone', '123 4567', 'fills-empty'],
      ['Employees', 40, 'differs'],
      ['Billing_City', 'Berlin', 'fills-empty'],
    ]);
  });
});

describe('picks and the update payload', () => {
  const rows = diffRecord('Contacts', lead, { First_Name: 'Mia', Last_Name: 'Merge', Email: 'mia.merge@mergely.example', Mailing_City: 'Berlin', Phone: '1', Mobile: null, Title: 'Ops' });

  it('keeps existing values and fills empty ones by default', () => {
    expect(rows.map(defaultPick)).toEqual(['keep', 'lead', 'keep']);
    expect(buildUpdate(rows, undefined)).toEqual({ Mobile: '+49 170 5550 1202' });
  });

  it('writes the lead values the rep chose, with their raw types', () => {
    expect(buildUpdate(rows, { Phone: 'lead', Title: 'lead' })).toEqual({ Phone: '+49 30 5550 1201', Mobile: '+49 170 5550 1202', Title: 'Head of Operations' });
    const accountRows = diffRecord('Accounts', { No_of_Employees: 40 }, { Employees: 12 });
    expect(buildUpdate(accountRows, { Employees: 'lead' })).toEqual({ Employees: 40 });
  });

  it('does not fill a field with a value Zoho matched on another record of the module, unless the rep chooses it', () => {
    // Kaizen 137: the account's Phone is empty, and a hidden account holds the lead's phone (Phone is unique).
    const matchedOn = [{ apiName: 'Phone', fieldId: null, label: 'Phone', unique: null, value: '9844444444' }];
    const accountRows = diffRecord('Accounts', { Phone: '98444 44444', City: 'Berlin' }, { Phone: null, Billing_City: null }, matchedOn);
    expect(accountRows.map((row) => [row.field, row.kind, row.heldElsewhere, defaultPick(row)])).toEqual([
      ['Phone', 'fills-empty', true, 'keep'],
      ['Billing_City', 'fills-empty', false, 'lead'],
    ]);
    expect(buildUpdate(accountRows, undefined)).toEqual({ Billing_City: 'Berlin' });
    expect(buildUpdate(accountRows, { Phone: 'lead' })).toEqual({ Phone: '98444 44444', Billing_City: 'Berlin' });
  });

  it('sends nothing when every field keeps its value', () => {
    expect(buildUpdate(rows, { Mobile: 'keep' })).toBeNull();
    expect(chosenRows(rows, { Mobile: 'keep' })).toEqual([]);
  });
});
