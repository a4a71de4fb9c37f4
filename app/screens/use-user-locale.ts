// The rep's language and formats, from the signed-in user's locale (read at boot beside the other reads, so it
// costs no round trip of its own). Anything that fails here falls back to English: never a reason not to convert.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useCrmHost } from '../api/crm-host-context';
import { userQueries } from '../api/user-queries';
import { loadCoreTexts } from '../i18n/core-texts';
import { en } from '../i18n/en';
import { intlLocaleOf, languageOf } from '../i18n/language';
import type { LocaleInfo } from '../i18n/locale-context';

export function useUserLocale(): LocaleInfo {
  const host = useCrmHost();
  const user = useQuery(userQueries.current(host));
  const settled = user.isSuccess || user.isError;
  const language = languageOf(user.data?.locale);
  const intl = intlLocaleOf(user.data?.locale);
  const texts = useQuery({
    queryKey: ['chunk', 'texts', language],
    queryFn: () => loadCoreTexts(language),
    enabled: settled && language !== 'en',
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  });
  const locale: LocaleInfo = !settled
    ? { language: 'en', intl, texts: en, ready: false }
    : language === 'en' || texts.isError
      ? { language: 'en', intl, texts: en, ready: true }
      : texts.data
        ? { language, intl, texts: texts.data, ready: true }
        : { language: 'en', intl, texts: en, ready: false };

  // Screen readers pronounce the widget in its language.
  useEffect(() => {
    document.documentElement.lang = locale.language;
  }, [locale.language]);
  return locale;
}
