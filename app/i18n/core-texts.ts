import type { ByLanguage } from './by-language';
import { en, type Texts } from './en';
import type { Language } from './language';

// English is in the first load; another language's first-load texts are one small chunk, fetched once the
// user's locale is known.
const loaders: Partial<ByLanguage<() => Promise<Texts>>> = {};

export function loadCoreTexts(language: Language): Promise<Texts> {
  return loaders[language]?.() ?? Promise.resolve(en);
}
