import { describe, expect, it } from 'vitest';
import { fieldLabel, isStandardLabel, valuesMatch } from '../../../app/domain/match-values';

describe('valuesMatch', () => {
  it.each([
    ['same text, other case and spaces', 'Account_Name', '  Zylker   Biotech ', 'zylker biotech', true],
    ['different text', 'Account_Name', 'Zylker Biotech', 'Zylker Labs', false],
    ['email case-insensitive', 'Email', 'Pat.Boyle@Zylker.com ', 'pat.boyle@zylker.com', true],
    ['phone field, digits only', 'Phone', '98444 44444', '9844444444', true],
    ['phone with country code', 'Mobile', '+91 98444-44444', '9844444444', true],
    ['phone digits differ', 'Phone', '9844444445', '9844444444', false],
    ['short phones need equal digits', 'Fax', '12345', '2345', false],
    ['phone-like values in a custom field', 'Direct_Line_c', '(30) 5550-1001', '+49 30 5550 1001', true],
    ['text that is not phone-like compares as text', 'Notes', 'Room 12345678', 'room 12345678', true],
    ['null never matches', 'Email', null, null, false],
    ['empty never matches', 'Email', '', '', false],
    ['blank never matches', 'Account_Name', '   ', '   ', false],
    ['undefined never matches', 'Phone', undefined, '9844444444', false],
    ['numbers compare as text', 'Employees', 12, '12', true],
    ['a lookup compares by name', 'Account_Name', { name: 'Zylker Biotech', id: '1' }, 'zylker biotech', true],
    ['an object without name never matches', 'Account_Name', { id: '1' }, '1', false],
  ])('%s', (_name, apiName, a, b, expected) => {
    expect(valuesMatch(apiName, a, b)).toBe(expected);
  });
});

describe('fieldLabel', () => {
  it.each([
    ['Account_Name', undefined, 'Account name'],
    ['Full_Name', undefined, 'Name'],
    ['Phone', null, 'Phone'],
    ['Email', '  ', 'Email'],
    ['Locked__s', undefined, 'Locked'],
    ['Phone', 'Work Phone', 'Work Phone'],
    ['Data_Processing_Basis', undefined, 'Data processing basis'],
  ])('%s (label %s) → %s', (apiName, label, expected) => {
    expect(fieldLabel(apiName, label)).toBe(expected);
  });
});

describe('isStandardLabel', () => {
  it.each([
    ['Zoho\'s default name', 'Account_Name', 'Account Name', true],
    ['the name the widget makes up', 'Account_Name', 'Account name', true],
    ['the special name of Full_Name', 'Full_Name', 'Name', true],
    ['Zoho\'s name of Full_Name', 'Full_Name', 'Full Name', true],
    ['spaces and case do not matter', 'Phone', ' phone ', true],
    ['a name the admin gave the field', 'Phone', 'Work phone', false],
    ['already in another language', 'Phone', 'Telefon', false],
  ])('%s', (_name, apiName, label, expected) => {
    expect(isStandardLabel(apiName, label)).toBe(expected);
  });
});
