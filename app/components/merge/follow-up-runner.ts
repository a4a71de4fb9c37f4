// After a successful convert: the update of each existing record (only the fields where the lead wins), then
// the audit note. Each step is one call; a failed step can be retried alone, and the note waits for the updates.
// Nothing here ever converts again: the conversion is done when this starts.
import type { CrmHost, NoteInput, RecordId } from '../../api/crm-host';
import { buildMergePlan, type AuditFacts, type MergeInputs, type RecordMerge } from '../../domain/merge/merge-plan';

export type StepStatus = 'waiting' | 'running' | 'done' | 'failed';
export type FollowUpStep =
  | { kind: 'update'; merge: RecordMerge; status: StepStatus; error: unknown }
  | { kind: 'note'; contactId: RecordId; note: NoteInput; status: StepStatus; error: unknown };

export type FollowUpStart = {
  host: CrmHost;
  /** The merge inputs as they were when the rep clicked Convert. */
  inputs: MergeInputs;
  /** The contact the lead became (the note goes there). */
  contactId: RecordId | null;
  noteText(facts: AuditFacts): NoteInput;
  onSteps(steps: FollowUpStep[]): void;
};

export function startFollowUp({ host, inputs, contactId, noteText, onSteps }: FollowUpStart): { retry(index: number): void } {
  const plan = buildMergePlan(inputs);
  let steps: FollowUpStep[] = [
    ...plan.merges.filter((merge) => merge.update !== null).map((merge): FollowUpStep => ({ kind: 'update', merge, status: 'waiting', error: null })),
    ...(plan.audit && contactId ? [{ kind: 'note', contactId, note: noteText(plan.audit), status: 'waiting', error: null } as const] : []),
  ];
  const patch = (index: number, change: Pick<FollowUpStep, 'status' | 'error'>) => {
    steps = steps.map((step, at) => (at === index ? { ...step, ...change } : step));
    onSteps(steps);
  };
  const execute = (step: FollowUpStep) =>
    step.kind === 'note' ? host.addNote({ module: 'Contacts', id: step.contactId }, step.note) : host.updateRecord(step.merge.module, step.merge.id, step.merge.update ?? {});

  async function runStep(index: number): Promise<void> {
    const step = steps[index];
    if (!step || step.status === 'running' || step.status === 'done') return;
    patch(index, { status: 'running', error: null });
    try {
      await execute(step);
      patch(index, { status: 'done', error: null });
    } catch (error) {
      patch(index, { status: 'failed', error });
    }
  }

  // The note tells what was overwritten, so it waits until every update has gone through.
  async function noteWhenUpdated(): Promise<void> {
    const noteIndex = steps.findIndex((step) => step.kind === 'note');
    if (noteIndex >= 0 && steps.every((step) => step.kind === 'note' || step.status === 'done')) await runStep(noteIndex);
  }

  // Updates are independent of each other: one failing does not hold back the other record's.
  async function runAll(): Promise<void> {
    for (let index = 0; index < steps.length; index += 1) if (steps[index]!.kind === 'update') await runStep(index);
    await noteWhenUpdated();
  }

  onSteps(steps);
  void runAll();
  return { retry: (index) => void runStep(index).then(noteWhenUpdated) };
}
