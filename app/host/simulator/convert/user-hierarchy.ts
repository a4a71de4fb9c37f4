// "List subordinates only": the assignee's role must be the current user's role or report to it, directly or not.
import { currentUser, findById } from '../org/org-store';
import type { OrgState } from '../org/org-types';

export function isActiveUser(org: OrgState, userId: string): boolean {
  const user = findById(org.users, userId);
  return user !== undefined && user.status === 'active';
}

export function isSubordinate(org: OrgState, userId: string): boolean {
  const me = currentUser(org);
  const target = findById(org.users, userId);
  if (!me || !target) return false;
  if (me.id === target.id) return true;
  const myRole = (me.role as { id?: string } | undefined)?.id;
  let roleId = (target.role as { id?: string } | undefined)?.id;
  const seen = new Set<string>();
  while (roleId !== undefined && !seen.has(roleId)) {
    if (roleId === myRole) return true;
    seen.add(roleId);
    roleId = org.roles.find((r) => r.id === roleId)?.reporting_to ?? undefined;
  }
  return false;
}
