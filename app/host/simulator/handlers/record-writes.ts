// PUT /crm/v7/{Contacts|Accounts}/{id} and POST /crm/v7/{Contacts|Accounts}/{id}/Notes (Zoho's standard
// records and notes APIs, v7). Success and error items follow Zoho's records API pages; the checks a real org
// runs (validation rules, workflows) are reduced to the ones the widget can meet [INFERRED].
import type { SimResponse } from '../sim-http';
import { duplicateProblem } from '../convert/find-duplicates';
import { itemError, json, rootError, zohoError } from '../http/responses';
import { fullName } from '../org/record-builders';
import { currentUser, userRef } from '../org/org-store';
import type { JsonObject } from '../org/org-types';
import type { HandlerContext } from './handler-context';
import { lookUpRecord } from './records';

const READ_ONLY = new Set(['id', 'Full_Name', 'Created_Time', 'Modified_Time', 'Created_By', 'Modified_By', 'Layout', 'Tag', 'Attachments']);
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function firstItem(body: unknown): JsonObject | null {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data) || data.length !== 1) return null;
  const item: unknown = data[0];
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as JsonObject) : null;
}

const invalidBody = () => rootError(400, 'INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data', json_path: '$.data' });

export function updateRecord(ctx: HandlerContext): SimResponse {
  const found = lookUpRecord(ctx);
  if ('error' in found) return found.error;
  const { record, module } = found;
  const item = firstItem(ctx.request.body);
  if (!item) return invalidBody();
  const changes = Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id'));
  for (const [key, value] of Object.entries(changes)) {
    if (!FIELD_NAME.test(key) || READ_ONLY.has(key)) return itemError(400, zohoError('INVALID_DATA', 'invalid data', { api_name: key, json_path: `$.data[0].${key}` }));
    if (value !== null && typeof value === 'object') {
      return itemError(400, zohoError('INVALID_DATA', 'invalid data', { expected_data_type: 'text', api_name: key, json_path: `$.data[0].${key}` }));
    }
  }
  if (record.Locked__s === true) return itemError(400, zohoError('RECORD_LOCKED', 'the record is locked', { id: record.id }));
  if (record.$editable === false) return itemError(403, zohoError('NO_PERMISSION', 'permission denied to update', { id: record.id }));
  const duplicate = duplicateProblem(ctx.org, module, changes, record.id);
  if (duplicate) {
    const apiName = String(duplicate.details.api_name);
    return itemError(400, { ...duplicate, details: { ...duplicate.details, json_path: `$.data[0].${apiName}` } });
  }
  Object.assign(record, structuredClone(changes));
  if (module === 'Contacts') record.Full_Name = fullName(record.First_Name, record.Last_Name) || record.Full_Name;
  const stamp = stampOf(ctx);
  record.Modified_Time = stamp.time;
  ctx.changed();
  return json(200, {
    data: [{ code: 'SUCCESS', details: { Modified_Time: stamp.time, Modified_By: stamp.user, Created_Time: record.Created_Time ?? stamp.time, id: record.id, Created_By: record.Created_By ?? stamp.user }, message: 'record updated', status: 'success' }],
  });
}

export function addNote(ctx: HandlerContext): SimResponse {
  const found = lookUpRecord(ctx);
  if ('error' in found) return found.error;
  const item = firstItem(ctx.request.body);
  if (!item) return invalidBody();
  const content = item.Note_Content;
  // Note_Content is the one mandatory note field (notes API) [INFERRED: the exact error details].
  if (typeof content !== 'string' || content.trim() === '') {
    return itemError(400, zohoError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Note_Content', json_path: '$.data[0].Note_Content' }));
  }
  const title = typeof item.Note_Title === 'string' ? item.Note_Title : null;
  const stamp = stampOf(ctx);
  const id = ctx.ids.next();
  ctx.org.notes.push({
    id,
    Note_Title: title,
    Note_Content: content,
    Parent_Id: { module: { api_name: found.module, id: ctx.org.moduleIds[found.module] }, id: found.record.id, name: found.record.Full_Name ?? found.record.Account_Name ?? null },
    Created_Time: stamp.time,
    Created_By: stamp.user,
  });
  ctx.changed();
  return json(201, { data: [{ code: 'SUCCESS', details: { Modified_Time: stamp.time, Modified_By: stamp.user, Created_Time: stamp.time, id, Created_By: stamp.user }, message: 'record added', status: 'success' }] });
}

function stampOf(ctx: HandlerContext): { time: string; user: { name: unknown; id: string } | null } {
  const user = currentUser(ctx.org);
  const ref = user ? userRef(user) : null;
  return { time: new Date(ctx.now()).toISOString().replace(/\.\d{3}Z$/, '+00:00'), user: ref ? { name: ref.name, id: ref.id } : null };
}
