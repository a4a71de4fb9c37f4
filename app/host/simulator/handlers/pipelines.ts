// GET /crm/v7/settings/pipeline?layout_id= (§5.2)
import type { SimResponse } from '../sim-http';
import { json, noContent, rootError } from '../http/responses';
import type { HandlerContext } from './handler-context';

export function pipelines(ctx: HandlerContext): SimResponse {
  const layoutId = ctx.params.layout_id;
  if (layoutId === undefined || layoutId === '') {
    return rootError(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'layout_id' });
  }
  if (!ctx.org.layouts.Deals.some((l) => l.id === layoutId)) return rootError(400, 'INVALID_DATA', 'Invalid layoutid', { param_name: 'layout_id' });
  const list = ctx.org.pipelines[layoutId] ?? [];
  return list.length === 0 ? noContent() : json(200, { pipeline: structuredClone(list) });
}
