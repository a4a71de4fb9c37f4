import type { CandidateFieldMatch } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import { shownFieldLabel } from './field-name';

/** Matches Zoho reported that no card carries: most often a record the rep is not allowed to see. */
export function UnseenMatches({ module, matches, also }: { module: 'Contacts' | 'Accounts'; matches: CandidateFieldMatch[]; also: boolean }) {
  const text = useText().resolution;
  if (matches.length === 0) return null;
  return (
    <ul className="resolution-section__unseen">
      {matches.map((match) => {
        const [before, after] = text.unseenMatch(module, shownFieldLabel(text.fields, match.apiName, match.label), { also });
        return (
          <li key={`${match.apiName}:${match.value}`}>
            {before} <bdi>{match.value}</bdi> {after}
          </li>
        );
      })}
    </ul>
  );
}
