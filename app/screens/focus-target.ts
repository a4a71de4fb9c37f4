import { dealFieldId } from '../components/deal/deal-field-id';
import { OWNER_SELECT_ID } from '../components/options/owner-select-id';
import type { ChoiceProblem } from '../domain/conversion-model';

export type FocusTarget = { kind: 'section'; module: 'Contacts' | 'Accounts' } | { kind: 'deal'; apiName: string } | { kind: 'owner' };

export function problemTarget(problem: ChoiceProblem): FocusTarget {
  switch (problem.kind) {
    case 'choose-contact':
      return { kind: 'section', module: 'Contacts' };
    case 'choose-account':
      return { kind: 'section', module: 'Accounts' };
    case 'candidate-disabled':
    case 'candidate-unknown':
      return { kind: 'section', module: problem.module };
    case 'deal-field':
      return { kind: 'deal', apiName: problem.apiName };
    case 'owner-unknown':
      return { kind: 'owner' };
  }
}

/** Moves focus to the control a problem is about (the first choosable radio of a section). */
export function focusTarget(target: FocusTarget): void {
  const element =
    target.kind === 'section'
      ? document.querySelector<HTMLElement>(`#section-${target.module} input:not(:disabled)`)
      : document.getElementById(target.kind === 'deal' ? dealFieldId(target.apiName) : OWNER_SELECT_ID);
  element?.focus();
  element?.scrollIntoView?.({ block: 'center' });
}
