// One handler per documented operation.
import type { SimOperation, SimResponse } from '../sim-http';
import { invalidUrlPattern } from '../http/responses';
import { contactRoles } from './contact-roles';
import { conversionOptions } from './conversion-options';
import { convertLead } from './convert-lead';
import { getLead } from './get-lead';
import { getLeads } from './get-leads';
import type { HandlerContext } from './handler-context';
import { layout, layouts } from './layouts';
import { massConvert } from './mass-convert';
import { massConvertStatus } from './mass-convert-status';
import { modules } from './modules';
import { orgInfo } from './org-info';
import { pipelines } from './pipelines';
import { addNote, updateRecord } from './record-writes';
import { getRecord, searchRecords } from './records';
import { users } from './users';

const HANDLERS: Record<SimOperation, (ctx: HandlerContext) => SimResponse> = {
  getLead,
  getLeads,
  conversionOptions,
  convert: convertLead,
  massConvert,
  massConvertStatus,
  layouts,
  layout,
  pipelines,
  contactRoles,
  users,
  currentUser: users,
  org: orgInfo,
  modules,
  getRecord,
  searchRecords,
  updateRecord,
  addNote,
  unknown: invalidUrlPattern,
};

export function dispatch(operation: SimOperation, ctx: HandlerContext): SimResponse {
  return HANDLERS[operation](ctx);
}
