import type { DisabledReason, ResolutionNote } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';

/** Sentences for the rules' outcomes, shared with the review and problem texts (en.conversion). */
export function useResolutionRuleText(): { disabledReason(reason: DisabledReason): string; note(note: ResolutionNote): string } {
  const text = useText().conversion;
  return { disabledReason: (reason) => text.disabledReason[reason], note: text.resolutionNote };
}
