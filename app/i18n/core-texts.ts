import type { ByLanguage } from './by-language';
import { en, type Texts } from './en';
import type { Language } from './language';

// English is in the first load; another language's first-load texts are one small chunk, fetched once the
// user's locale is known.
const loaders: ByLanguage<() => Promise<Texts>> = {
  en: () => Promise.resolve(en),
  de: () => import('./de').then((module) => module.de),
};

export function loadCoreTexts(language: Language): Promise<Texts> {
  return loaders[language]();
}
