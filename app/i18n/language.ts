// The languages the widget speaks, and how a Zoho user's locale picks one.
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const FALLBACK_LOCALE = 'en-US';

/**
 * Zoho's users API gives locales like "en_US" or "de_DE" (the simulator and the SDK doc's user shape); a bare
 * "de" or a BCP 47 "de-AT" is accepted too. Anything else falls back to English: a wrong language is better
 * than no widget.
 */
export function languageOf(locale: string | null | undefined): Language {
  const primary = intlLocaleOf(locale).split('-')[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary) ?? 'en';
}

/** "de_DE" → "de-DE", for Intl; a tag Intl refuses becomes "en-US". */
export function intlLocaleOf(locale: string | null | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale.trim().replaceAll('_', '-'))[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}
