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
