import { describe, expect, it } from 'vitest';
import { intlLocaleOf, languageOf } from '../../../app/i18n/language';

describe('languageOf — a Zoho user locale picks the widget language', () => {
  it.each([
    ['de_DE', 'de'],
    ['de_AT', 'de'],
    ['de', 'de'],
    ['DE-ch', 'de'],
    ['en_US', 'en'],
    ['en_GB', 'en'],
    ['fr_FR', 'en'],
    ['zh_CN', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['not a locale!', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe('intlLocaleOf — the same locale as a BCP 47 tag for Intl', () => {
  it.each([
    ['de_DE', 'de-DE'],
    ['en_GB', 'en-GB'],
    ['pt_BR', 'pt-BR'],
    [' en_US ', 'en-US'],
    ['', 'en-US'],
    [null, 'en-US'],
    ['<script>', 'en-US'],
  ])('%s → %s', (locale, tag) => {
    expect(intlLocaleOf(locale)).toBe(tag);
  });
});
