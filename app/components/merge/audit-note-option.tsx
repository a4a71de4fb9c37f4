import { useId } from 'react';
import './merge.css';
import { useMergeText } from '../../i18n/use-merge-text';

export function AuditNoteOption({ checked, onChange }: { checked: boolean; onChange(on: boolean): void }) {
  const text = useMergeText();
  const id = useId();
  return (
    <div className="audit-note-option">
      <label className="audit-note-option__label">
        <input type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
        {text.auditNoteLabel}
      </label>
      <p id={`${id}-hint`} className="audit-note-option__hint">
        {text.auditNoteHint}
      </p>
    </div>
  );
}
