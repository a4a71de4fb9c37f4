import type { Texts } from './en';
import { useLocale } from './locale-context';

/** The first-load texts in the current user's language. */
export function useText(): Texts {
  return useLocale().texts;
}
