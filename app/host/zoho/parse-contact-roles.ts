import type { ContactRole } from '../../api/crm-host';
import { malformed, readNumber, readString, requireId, requireObject } from './read-json';

/** GET /Contacts/roles: 204 when the org has none. */
export function parseContactRoles(body: unknown): ContactRole[] {
  if (body === undefined) return [];
  const roles = requireObject(body, 'a contact role list').contact_roles;
  if (!Array.isArray(roles)) throw malformed('Zoho answered without a contact role list');
  return roles
    .map((item) => {
      const role = requireObject(item, 'a contact role');
      return {
        id: requireId(role.id, 'a contact role'),
        name: readString(role.name) ?? '',
        sequence: readNumber(role.sequence_number) ?? 0,
      };
    })
    .sort((a, b) => a.sequence - b.sequence);
}
