import { en, type Texts } from './en';

/** The texts for the current user's language; English until other catalogues exist. */
export function useText(): Texts {
  return en;
}
