import { useEffect, useState } from 'react';
import type { RecordId } from '../api/crm-host';
import type { ConversionChoices, ConversionContext } from '../domain/conversion-model';
import type { restoreDraft, RestoredDraft } from '../domain/restore-draft';
import { clearDraft, readDraft, saveDraft } from './draft-storage';

/** The draft saved for this lead, checked once (by `restore`, from the rules chunk) against the context just read. */
export function useRestoredDraft(leadId: RecordId, context: ConversionContext, restore: typeof restoreDraft): RestoredDraft {
  const [draft] = useState(() => restore(readDraft(leadId), context));
  return draft;
}

/** Saves every change of the rep's choices; once the lead is converted the draft is gone for good. */
export function useDraftAutosave(leadId: RecordId, choices: ConversionChoices, converted: boolean): void {
  useEffect(() => {
    if (converted) clearDraft(leadId);
    else saveDraft(leadId, choices);
  }, [leadId, choices, converted]);
}
