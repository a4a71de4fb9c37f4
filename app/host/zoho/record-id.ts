import { CrmError } from '../../api/crm-error';
import type { RecordId } from '../../api/crm-host';
import { describeValue, isDigitId } from './read-json';

/** Ids end up inside URL paths, so anything but a digit string is refused before it leaves the widget. */
export function checkedId(id: unknown, operation: string, what = 'record id'): RecordId {
  if (isDigitId(id)) return id;
  throw new CrmError({
    kind: 'invalid-input',
    operation,
    message: `${operation}: the ${what} ${describeValue(id)} is not a Zoho id (digits only)`,
    mayHaveExecuted: false,
  });
}

type IdRef = { id?: unknown } | undefined;

/**
 * Every id a convert or mass-convert body names (chosen contact/account, owner, attachment target, contact role,
 * tags, related modules) is checked like a path id: these ids come from earlier answers and from the rep's saved
 * draft, and a request body is as much a place where a forged id must never arrive.
 */
export function checkBodyIds(
  operation: string,
  body: {
    Contacts?: IdRef;
    Accounts?: IdRef;
    assign_to?: IdRef;
    move_attachments_to?: IdRef;
    Deals?: { Contact_Role?: unknown } & Record<string, unknown>;
    carry_over_tags?: unknown;
    related_modules?: IdRef[];
  },
): void {
  for (const [what, ref] of [['contact id', body.Contacts], ['account id', body.Accounts], ['owner id', body.assign_to]] as const) {
    if (ref !== undefined) checkedId(ref.id, operation, what);
  }
  if (body.move_attachments_to?.id !== undefined) checkedId(body.move_attachments_to.id, operation, 'attachment target id');
  if (body.Deals?.Contact_Role !== undefined) checkedId(body.Deals.Contact_Role, operation, 'contact role id');
  if (Array.isArray(body.carry_over_tags)) {
    for (const tag of body.carry_over_tags as IdRef[]) checkedId(tag?.id, operation, 'tag id');
  }
  for (const related of body.related_modules ?? []) checkedId(related?.id, operation, 'related record id');
}
