import type { ResolutionNote } from '../../domain/conversion-model';
import { useResolutionRuleText } from './use-resolution-rule-text';
import './resolution.css';

type ShownNote = Exclude<ResolutionNote, { kind: 'overwrite-available' }>;

/** Why a choice was made or constrained by Zoho's rules; overwrite-available is OverwriteOption's, not a note. */
export function ResolutionNotes({ notes }: { notes: ResolutionNote[] }) {
  const ruleText = useResolutionRuleText();
  const shown = notes.filter((note): note is ShownNote => note.kind !== 'overwrite-available');
  if (shown.length === 0) return null;
  return (
    <div className="resolution-notes">
      {shown.map((note) => (
        <p key={note.kind} className="resolution-note" role="note">
          {ruleText.note(note)}
        </p>
      ))}
    </div>
  );
}
