import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../../app/domain/merge/jaro-winkler';
import { matchReasons, nameSimilarity, normalizeCompany, phoneKey } from '../../../../app/domain/merge/match-reasons';
import { searchFor } from '../../../../app/domain/merge/search-query';

describe('searchFor', () => {
  it.each([
    ['', null],
    [' a ', null],
    ['pat.boyle@zylker.com', { by: 'email', value: 'pat.boyle@zylker.com' }],
    ['+1 (415) 555-0142', { by: 'phone', value: '+1 (415) 555-0142' }],
    ['1234', { by: 'word', value: '1234' }],
    ['  Sara   Searchme ', { by: 'word', value: 'Sara Searchme' }],
    ['Zylker Biotech', { by: 'word', value: 'Zylker Biotech' }],
    ['at@', { by: 'word', value: 'at@' }],
  ])('%j → %j', (input, expected) => {
    expect(searchFor(input)).toEqual(expected);
  });
});

describe('normalisation', () => {
  it.each([
    ['Zylker Biotech Inc.', 'zylker biotech'],
    ['Mergely GmbH', 'mergely'],
    ['Müller & Söhne AG', 'muller sohne'],
    ['ACME Corp, Ltd', 'acme'],
  ])('company %s → %s', (input, expected) => {
    expect(normalizeCompany(input)).toBe(expected);
  });

  it('keeps the last 10 phone digits, none when too short', () => {
    expect(phoneKey('+1 (415) 555-0142')).toBe('4155550142');
    expect(phoneKey('+49 30 5550 1201')).toBe('3055501201');
    expect(phoneKey('12 34')).toBeNull();
  });

  it('scores names by Jaro-Winkler over sorted tokens', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('', '')).toBe(0);
    expect(nameSimilarity('Boyle Pat', 'pat boyle')).toBe(1);
    expect(nameSimilarity('Pat Boyle', 'Pat Boyl')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Pat Boyle', 'Nina Nomatch')).toBeLessThan(0.7);
    expect(nameSimilarity('', 'x')).toBe(0);
  });
});

describe('matchReasons', () => {
  const lead = { First_Name: 'Sara', Last_Name: 'Searchme', Email: 'Sara@NewJob.example', Phone: '+1 415 555 0142', Company: 'Newjob Inc' };

  it('explains a contact Zoho missed: same phone digits and name, other email', () => {
    expect(matchReasons('Contacts', lead, { Full_Name: 'Sara Searchme', Email: 'sara.searchme@oldjob.example', Phone: '(415) 555-0142' })).toEqual([
      { kind: 'same-phone', value: '(415) 555-0142' },
      { kind: 'similar-name', value: 'Sara Searchme', score: 1 },
    ]);
  });

  it('finds a normalised email and a phone in Mobile', () => {
    expect(matchReasons('Contacts', lead, { Full_Name: 'S. Other', Email: ' sara@newjob.example', Mobile: '4155550142' }).map((r) => r.kind)).toEqual(['same-email', 'same-phone']);
  });

  it('compares company names without legal suffixes for accounts', () => {
    expect(matchReasons('Accounts', lead, { Account_Name: 'NEWJOB, Inc.' })).toEqual([{ kind: 'same-company', value: 'NEWJOB, Inc.' }]);
    expect(matchReasons('Accounts', lead, { Account_Name: 'Newjobs' }).map((r) => r.kind)).toEqual(['similar-name']);
  });

  it('gives no reason for an unrelated record or empty data', () => {
    expect(matchReasons('Contacts', lead, { Full_Name: 'Boyle', Email: 'pat.boyle@zylker.com' })).toEqual([]);
    expect(matchReasons('Contacts', {}, {})).toEqual([]);
    expect(matchReasons('Accounts', {}, { Account_Name: 'x' })).toEqual([]);
  });
});
