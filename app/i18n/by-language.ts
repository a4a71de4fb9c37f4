import type { Language } from './language';

/** One catalogue part in every language the widget speaks (a missing one is a type error, not an English fallback). */
export type ByLanguage<T> = Record<Language, T>;
