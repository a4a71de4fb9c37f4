// GET /crm/v7/users?type= (§5.5)
import type { SimResponse } from '../sim-http';
import type { SimRecord } from '../simulated-crm-types';
import { json, noContent, rootError } from '../http/responses';
import type { HandlerContext } from './handler-context';

const FILTERS: Record<string, (user: SimRecord, currentUserId: string) => boolean> = {
  AllUsers: () => true,
  ActiveUsers: (u) => u.status === 'active',
  ActiveConfirmedUsers: (u) => u.status === 'active' && u.confirm === true,
  DeactiveUsers: (u) => u.status !== 'active',
  ConfirmedUsers: (u) => u.confirm === true,
  NotConfirmedUsers: (u) => u.confirm !== true,
  CurrentUser: (u, currentUserId) => u.id === currentUserId,
  AdminUsers: (u) => (u.profile as { name?: string } | undefined)?.name === 'Administrator',
};

export function users(ctx: HandlerContext): SimResponse {
  const type = ctx.params.type ?? 'AllUsers';
  const filter = FILTERS[type];
  if (!filter) return rootError(400, 'INVALID_DATA', 'invalid data', { param_name: 'type' });
  const list = ctx.org.users.filter((u) => filter(u, ctx.org.currentUserId));
  if (list.length === 0) return noContent();
  return json(200, { users: structuredClone(list), info: { per_page: 200, count: list.length, page: 1, more_records: false } });
}
