// Zoho's standard record APIs (v7) for Contacts/Accounts: read one, search, update, add a note.
// Not in the project's conversion doc; shapes follow Zoho's public records API pages [INFERRED where noted].
import { CrmError } from '../../api/crm-error';
import type { RecordModule, RecordOf } from '../../api/crm-host';
import { parseAccount, parseContact } from './parse-conversion-options';
import { asArray, malformed, readListAnswer, requireId, requireObject, type JsonObject } from './read-json';

function parseRecord<M extends RecordModule>(module: M, item: JsonObject): RecordOf[M] {
  return (module === 'Contacts' ? parseContact(item) : parseAccount(item)) as RecordOf[M];
}

/** GET /{module}/{id} → { data: [record] }; an empty answer (204) means the record is gone or hidden [INFERRED]. */
export function parseRecordResponse<M extends RecordModule>(module: M) {
  return (body: unknown): RecordOf[M] => {
    if (body === undefined) {
      throw new CrmError({ kind: 'zoho', httpStatus: 204, message: `Zoho has no ${module} record with this id`, mayHaveExecuted: false });
    }
    const [first] = readListAnswer(body, 'data', { list: 'a data list of records', item: 'a record' });
    if (!first) throw malformed('Zoho returned no record');
    return parseRecord(module, first);
  };
}

/** GET /{module}/search → { data: [...], info }; 204 when nothing matched. */
export function parseSearchResponse<M extends RecordModule>(module: M) {
  return (body: unknown): RecordOf[M][] =>
    readListAnswer(body, 'data', { list: 'a data list of records', item: 'a record' }).map((item) => parseRecord(module, item));
}

/**
 * PUT /{module}/{id} and POST /{module}/{id}/Notes → { data: [{ code: 'SUCCESS', details: { id, … }, status }] }.
 * Error items are turned into CrmErrors before this runs (zoho-error.ts), so only the success shape is read here.
 */
export function parseWriteResult(body: unknown): { id: string } {
  const item = requireObject(asArray(requireObject(body, 'a data list').data)[0], 'a write result');
  if (item.code !== 'SUCCESS') throw malformed(`Zoho answered the write with code ${String(item.code)}`);
  return { id: requireId(requireObject(item.details, 'write details').id, 'a written record') };
}
