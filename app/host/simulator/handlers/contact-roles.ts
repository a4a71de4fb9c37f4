// GET /crm/v7/Contacts/roles (§5.4)
import type { SimResponse } from '../sim-http';
import { json, noContent } from '../http/responses';
import type { HandlerContext } from './handler-context';

export function contactRoles(ctx: HandlerContext): SimResponse {
  const roles = ctx.org.contactRoles;
  return roles.length === 0 ? noContent() : json(200, { contact_roles: structuredClone(roles) });
}
