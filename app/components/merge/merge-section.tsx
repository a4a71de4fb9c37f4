import type { FieldMatch, Lead, RecordId, RecordModule } from '../../api/crm-host';
import type { MergePick } from '../../domain/merge/field-diff';
import { recordMerge, type ExistingRecordState } from '../../domain/merge/merge-plan';
import type { SearchPick } from '../../state/merge-slice';

import { MergeTable } from './merge-table';
import { RecordSearch, type RecordSearchProps } from './record-search';
import './merge.css';

type Props = {
  module: RecordModule;
  lead: Lead;
  /** What Zoho matched in this module: a lead value another record holds is not written by default. */
  matchedOn: readonly FieldMatch[];
  /** The chosen existing record's merge state; null when a new record is chosen. */
  existing: ExistingRecordState | null;
  picks: Readonly<Record<RecordId, Record<string, MergePick>>>;
  /** False when the module's record is fixed by another choice (the account follows the contact). */
  searchable: boolean;
  offeredIds: ReadonlySet<RecordId>;
  onPick(event: { recordId: RecordId; field: string; pick: MergePick }): void;
  onSearchPick(pick: SearchPick): void;
  useSearch: RecordSearchProps['useSearch'];
};

/** Under a module's choice: the field-by-field merge for the chosen record, and the search for another one. */
export function MergeSection({ module, lead, matchedOn, existing, picks, searchable, offeredIds, onPick, onSearchPick, useSearch }: Props) {
  const merge = existing?.record ? recordMerge(module, existing.record, lead.fields, picks, matchedOn) : null;
  if (!existing && !searchable) return null;
  return (
    // One card right under the module's choice, so the table and the search read as part of that choice.
    <div className="merge-section">
      {existing && (
        <MergeTable
          module={module}
          status={existing.status}
          merge={merge}
          picks={picks[existing.id]}
          onPick={(field, pick) => onPick({ recordId: existing.id, field, pick })}
        />
      )}
      {searchable && <RecordSearch module={module} lead={lead} offeredIds={offeredIds} chosenId={existing?.id ?? null} onPick={onSearchPick} useSearch={useSearch} />}
    </div>
  );
}
