// After a successful convert: the update of each existing record (only the fields where the lead wins), then
// the audit note. Each step is one call; a failed step stops the ones after it and can be retried alone.
// Nothing here ever converts again: the conversion is done when this starts.
import { useRef, useState } from 'react';
import type { NoteInput, RecordId } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import type { RecordMerge } from '../domain/merge/merge-plan';

export type StepStatus = 'waiting' | 'running' | 'done' | 'failed';
export type FollowUpStep =
  | { kind: 'update'; merge: RecordMerge; status: StepStatus; error: unknown }
  | { kind: 'note'; contactId: RecordId; note: NoteInput; status: StepStatus; error: unknown };

export type FollowUpRequest = { merges: RecordMerge[]; note: { contactId: RecordId; note: NoteInput } | null };

export function useMergeFollowUp() {
  const host = useCrmHost();
  const [steps, setSteps] = useState<FollowUpStep[]>([]);
  const current = useRef<FollowUpStep[]>([]);
  const running = useRef(false);

  const patch = (index: number, change: Pick<FollowUpStep, 'status' | 'error'>) => {
    current.current = current.current.map((step, at) => (at === index ? { ...step, ...change } : step));
    setSteps(current.current);
  };

  const execute = (step: FollowUpStep) =>
    step.kind === 'update' && step.merge.update
      ? host.updateRecord(step.merge.module, step.merge.id, step.merge.update)
      : step.kind === 'note'
        ? host.addNote({ module: 'Contacts', id: step.contactId }, step.note)
        : Promise.resolve();

  async function runFrom(from: number): Promise<void> {
    if (running.current) return;
    running.current = true;
    try {
      for (let index = from; index < current.current.length; index += 1) {
        const step = current.current[index]!;
        if (step.status === 'done') continue;
        patch(index, { status: 'running', error: null });
        try {
          await execute(step);
          patch(index, { status: 'done', error: null });
        } catch (error) {
          patch(index, { status: 'failed', error });
          return;
        }
      }
    } finally {
      running.current = false;
    }
  }

  return {
    steps,
    /** Called once, when the conversion succeeded. */
    start(request: FollowUpRequest) {
      if (current.current.length > 0) return;
      const updates: FollowUpStep[] = request.merges
        .filter((merge) => merge.update !== null)
        .map((merge) => ({ kind: 'update', merge, status: 'waiting', error: null }));
      const note: FollowUpStep[] = request.note ? [{ kind: 'note', ...request.note, status: 'waiting', error: null }] : [];
      current.current = [...updates, ...note];
      setSteps(current.current);
      void runFrom(0);
    },
    /** Only the failed step (and the ones waiting behind it). */
    retry(index: number) {
      void runFrom(index);
    },
  };
}
