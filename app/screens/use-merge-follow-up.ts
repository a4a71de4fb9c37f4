// Holds the steps that follow a conversion (updates, note) for the result screen; the runner and the plan
// builder are a lazy chunk, preloaded at boot with the rest of the flow.
import { useRef, useState } from 'react';
import type { RecordId } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import type { FollowUpStep } from '../components/merge/follow-up-runner';
import type { MergeInputs } from '../domain/merge/merge-plan';
import { useLocale } from '../i18n/locale-context';
import { loadFollowUpRunner } from './single-lead-chunks';

export function useMergeFollowUp() {
  const host = useCrmHost();
  const { language } = useLocale();
  const [steps, setSteps] = useState<FollowUpStep[]>([]);
  const runner = useRef<{ retry(index: number): void } | null>(null);
  const started = useRef(false);
  return {
    steps,
    /** Called once, when the conversion succeeded. */
    start(inputs: MergeInputs, contactId: RecordId | null) {
      if (started.current) return;
      started.current = true;
      void loadFollowUpRunner().then(({ startFollowUp, mergeTexts }) => {
        runner.current = startFollowUp({ host, inputs, contactId, noteText: mergeTexts(language).auditNote, onSteps: setSteps });
      });
    },
    retry: (index: number) => runner.current?.retry(index),
  };
}
