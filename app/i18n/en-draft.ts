// Texts about the rep's saved choices (the draft kept while the widget is reloaded or an error is shown).
import type { DroppedChoice } from '../domain/restore-draft';

const WHAT: Record<DroppedChoice['kind'], string> = {
  contact: 'The contact you had chosen',
  account: 'The account you had chosen',
  owner: 'The owner you had chosen',
};

export const enDraft = {
  droppedTitle: 'Some earlier choices no longer apply',
  dropped: (kind: DroppedChoice['kind']) =>
    kind === 'owner'
      ? `${WHAT[kind]} is no longer an active user, so the lead owner applies again.`
      : `${WHAT[kind]} is no longer offered by Zoho CRM (it may have been deleted, merged or locked). Choose again below.`,
};
