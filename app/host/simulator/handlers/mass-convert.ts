// POST /crm/v7/Leads/actions/mass_convert (§4.1): a bare object in, root-level answers out.
import type { SimResponse } from '../sim-http';
import { dealFieldsFor, pipelinesFor } from '../convert/deal-layout';
import { isIdString, isObject } from '../convert/json-checks';
import { dealTypeProblem } from '../convert/parse-converter';
import { isActiveUser, isSubordinate } from '../convert/user-hierarchy';
import { missingDealField, pipelineStageProblem, tooLongDealField } from '../convert/validate-deal';
import { json, rootError, type ZohoError } from '../http/responses';
import type { MassTemplate } from '../mass-convert/mass-convert-jobs';
import { findById } from '../org/org-store';
import type { JsonObject, TargetModule } from '../org/org-types';
import type { HandlerContext } from './handler-context';

const MAX_IDS = 50;
const MODULES: TargetModule[] = ['Contacts', 'Accounts', 'Deals'];

export function massConvert(ctx: HandlerContext): SimResponse {
  const { org } = ctx;
  if (!org.flags.massConvertPermission) {
    return rootError(403, 'NO_PERMISSION', 'permission denied', { permissions: ['Crm_Implied_Mass_Convert_Leads'] });
  }
  const body = ctx.request.body;
  const bad = (error: ZohoError) => json(400, error);
  if (!isObject(body) || body.ids === undefined) return rootError(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'ids', json_path: '$.ids' });
  if (!Array.isArray(body.ids)) return rootError(400, 'INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'ids', json_path: '$.ids' });
  if (body.ids.length > MAX_IDS) {
    return rootError(400, 'LIMIT_EXCEEDED', 'Limit exceeded for mass convert', { limit: MAX_IDS, limit_due_to: [{ api_name: 'ids', json_path: '$.ids' }] });
  }
  if (body.ids.length === 0) return rootError(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'ids', json_path: '$.ids' });
  const ids: unknown[] = body.ids;
  const badType = ids.findIndex((id) => !isIdString(id));
  if (badType >= 0) return rootError(400, 'INVALID_DATA', 'invalid data', { expected_data_type: 'long', api_name: 'ids', json_path: `$.ids[${badType}]` });
  const unknown = ids.findIndex((id) => !findById(org.leads, id as string));
  if (unknown >= 0) return rootError(400, 'INVALID_DATA', 'invalid data', { api_name: 'ids', json_path: `$.ids[${unknown}]` });
  const leadIds = ids as string[];
  const firstLead = findById(org.leads, leadIds[0]!)!;

  const deals = body.Deals;
  if (deals !== undefined) {
    if (!isObject(deals)) return rootError(400, 'INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', api_name: 'Deals', json_path: '$.Deals' });
    const dealFields = dealFieldsFor(org, firstLead);
    // D7-mass: custom mandatory fields are not processed by mass convert, so only the documented keys are required.
    const problem =
      missingDealField(deals, dealFields, '$.Deals', 'required field missing', false) ??
      dealTypeProblem(deals, dealFields, '$.Deals') ??
      tooLongDealField(deals, dealFields, '$.Deals') ??
      pipelineStageProblem(deals, pipelinesFor(org, firstLead), '$.Deals', '$.Deals.Stage');
    if (problem) return bad(problem);
  }
  const assignTo = body.assign_to;
  let assignToId: string | undefined;
  if (assignTo !== undefined) {
    if (!isObject(assignTo) || !isIdString(assignTo.id) || !isActiveUser(org, assignTo.id)) {
      return rootError(400, 'INVALID_DATA', 'invalid data', { api_name: 'id', json_path: '$.assign_to.id' });
    }
    if (!isSubordinate(org, assignTo.id)) return rootError(400, 'INVALID_DATA', 'Non Subordinate User Found', { api_name: 'assign_to', json_path: '$.assign_to.id' });
    assignToId = assignTo.id;
  }
  if (body.apply_assignment_threshold !== undefined && typeof body.apply_assignment_threshold !== 'boolean') {
    return rootError(400, 'INVALID_DATA', 'invalid data', { api_name: 'apply_assignment_threshold', json_path: '$.apply_assignment_threshold' });
  }
  const tagModules = moduleRefs(body.carry_over_tags, 'carry_over_tags');
  if ('error' in tagModules) return tagModules.error;
  const move = body.move_attachments_to === undefined ? { modules: [] } : moduleRefs([body.move_attachments_to], 'move_attachments_to');
  if ('error' in move) return move.error;

  const template: MassTemplate = { deals: deals as JsonObject | undefined, assignToId, tagModules: tagModules.modules, attachmentsTo: move.modules[0] };
  const jobId = ctx.ids.next();
  ctx.jobs.add({ id: jobId, createdAt: ctx.now(), leadIds, template, processed: 0, converted: 0, failed: 0, doomed: org.flags.failMassConvertJobs });
  // 202 per OASY-mass (OASJ says 200).
  return json(202, { code: 'SCHEDULED', details: { job_id: jobId }, message: 'Mass Convert scheduled successfully', status: 'success' });
}

function moduleRefs(value: unknown, key: string): { modules: TargetModule[] } | { error: SimResponse } {
  if (value === undefined) return { modules: [] };
  const invalid = (path: string) => ({ error: rootError(400, 'INVALID_DATA', 'invalid data', { api_name: key, json_path: path }) });
  if (!Array.isArray(value)) return invalid(`$.${key}`);
  const modules: TargetModule[] = [];
  for (const [index, ref] of value.entries()) {
    const module = isObject(ref) ? (ref.api_name as TargetModule) : undefined;
    if (!module || !MODULES.includes(module)) return invalid(key === 'carry_over_tags' ? `$.${key}[${index}].api_name` : `$.${key}.api_name`);
    modules.push(module);
  }
  return { modules };
}
