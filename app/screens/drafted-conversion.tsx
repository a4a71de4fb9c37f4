import type { ReactNode } from 'react';
import type { RecordId } from '../api/crm-host';
import { DraftNotice } from '../components/draft-notice';
import type { ConversionContext } from '../domain/conversion-model';
import { ConversionStoreProvider } from '../state/conversion-store';
import { useRestoredDraft } from '../state/use-draft';
import { useConversionLogic } from './single-lead-chunks';

/** Opens the conversion with the rep's saved choices for this lead (those still valid), saying what was dropped. */
export function DraftedConversion({ leadId, context, children }: { leadId: RecordId; context: ConversionContext; children: ReactNode }) {
  const draft = useRestoredDraft(leadId, context, useConversionLogic().restoreDraft);
  return (
    <ConversionStoreProvider initial={draft.choices}>
      <DraftNotice dropped={draft.dropped} />
      {children}
    </ConversionStoreProvider>
  );
}
