import { createContext, useContext } from 'react';
import { en, type Texts } from './en';
import type { Language } from './language';

export type LocaleInfo = {
  language: Language;
  /** BCP 47 tag for Intl (dates, numbers, money). */
  intl: string;
  /** The first-load texts in `language`; the lazily shown screens bring their own (use-*-text.ts). */
  texts: Texts;
  /** False while the rep's locale (or its texts) is still loading: screens keep their skeleton, no English flash. */
  ready: boolean;
};

const LocaleContext = createContext<LocaleInfo>({ language: 'en', intl: 'en-US', texts: en, ready: true });

export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): LocaleInfo {
  return useContext(LocaleContext);
}
