import type { CandidateFieldMatch } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import { shownFieldLabel } from './field-name';

/** The matches as text ("Phone matches 9844444444"), so they do not rely on the highlight colour. */
export function MatchChips({ id, matches }: { id: string; matches: CandidateFieldMatch[] }) {
  const text = useText().resolution;
  if (matches.length === 0) return null;
  return (
    <ul id={id} className="candidate-card__chips">
      {matches.map((match) => (
        <li key={`${match.apiName}:${match.value}`} className="match-chip">
          {text.fieldMatches(shownFieldLabel(text.fields, match.apiName, match.label))} <bdi>{match.value}</bdi>
        </li>
      ))}
    </ul>
  );
}
