// GET /crm/v7/org (§5.7)
import type { SimResponse } from '../sim-http';
import { json } from '../http/responses';
import type { HandlerContext } from './handler-context';

export function orgInfo(ctx: HandlerContext): SimResponse {
  return json(200, { org: [structuredClone(ctx.org.org)] });
}
