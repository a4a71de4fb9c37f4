import { useId } from 'react';
import type { ResolutionNote } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import './resolution.css';

type OverwriteOptionProps = {
  note: Extract<ResolutionNote, { kind: 'overwrite-available' }>;
  checked: boolean;
  onChange(checked: boolean): void;
  /** The chosen contact's name, for a more concrete explanation; "The chosen contact" without it. */
  contactName?: string | null;
};

/** Convert's `overwrite` flag, explained: it renames the contact's account to the lead's Company (zoho-conversion-api §3.2). */
export function OverwriteOption({ note, checked, onChange, contactName = null }: OverwriteOptionProps) {
  const text = useText().resolution;
  const id = useId();
  return (
    <div className="overwrite-option">
      <label className="overwrite-option__label">
        <input type="checkbox" checked={checked} aria-describedby={`${id}-explanation`} onChange={(event) => onChange(event.target.checked)} />
        <span>{text.overwriteLabel(note.leadCompany)}</span>
      </label>
      <p id={`${id}-explanation`} className="overwrite-option__explanation">
        {text.overwriteExplanation(contactName, note.contactAccountName, note.leadCompany)}
      </p>
    </div>
  );
}
