import { enResult } from './en-result';

export type ResultTexts = typeof enResult;

/** Imported only by the result chunk's components, so these texts are not in the first load. */
export function useResultText(): ResultTexts {
  return enResult;
}
