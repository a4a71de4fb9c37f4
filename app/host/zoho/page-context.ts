import { CrmError } from '../../api/crm-error';
import type { PageContext } from '../../api/crm-host';
import { asObject, describeValue, readId, readString } from './read-json';

/**
 * PageLoad data → PageContext. EntityId is an array for buttons and a string for related lists.
 * PageLoad is not trustworthy input (the SDK accepts messages from any origin), so every id must be a
 * digit string: anything else is refused instead of being passed on to a URL.
 */
export function pageContextFrom(data: unknown): PageContext {
  const page = asObject(data) ?? {};
  const raw = page.EntityId;
  const list: unknown[] = raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
  const recordIds = list.map((value) => {
    const id = readId(value);
    if (id !== null) return id;
    throw new CrmError({
      kind: 'invalid-input',
      operation: 'connect',
      message: `Zoho's PageLoad carried a record id that is not a Zoho id: ${describeValue(value)}`,
      mayHaveExecuted: false,
    });
  });
  return {
    entity: readString(page.Entity),
    recordIds,
    buttonPosition: readString(page.ButtonPosition),
  };
}
