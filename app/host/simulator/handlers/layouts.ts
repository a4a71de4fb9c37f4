// GET /crm/v7/settings/layouts?module= and /settings/layouts/{id}?module= (§5.1)
import type { SimResponse } from '../sim-http';
import { invalidModule, json, rootError } from '../http/responses';
import type { ModuleApiName } from '../org/org-types';
import type { HandlerContext } from './handler-context';

const MODULES: ModuleApiName[] = ['Leads', 'Contacts', 'Accounts', 'Deals'];

function moduleParam(ctx: HandlerContext): { module: ModuleApiName } | { error: SimResponse } {
  const module = ctx.params.module;
  if (module === undefined || module === '') return { error: rootError(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'module' }) };
  if (!MODULES.includes(module as ModuleApiName)) return { error: invalidModule() };
  return { module: module as ModuleApiName };
}

export function layouts(ctx: HandlerContext): SimResponse {
  const param = moduleParam(ctx);
  if ('error' in param) return param.error;
  return json(200, { layouts: structuredClone(ctx.org.layouts[param.module]) });
}

export function layout(ctx: HandlerContext): SimResponse {
  const param = moduleParam(ctx);
  if ('error' in param) return param.error;
  const found = ctx.org.layouts[param.module].find((l) => l.id === ctx.id);
  // Path segments after /crm/v7/: settings(0) layouts(1) {id}(2).
  if (!found) return rootError(400, 'INVALID_DATA', 'the given id seems to be invalid', { resource_path_index: 2 });
  return json(200, { layouts: [structuredClone(found)] });
}
