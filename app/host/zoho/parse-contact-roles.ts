import type { ContactRole } from '../../api/crm-host';
import { readListAnswer, readNumber, readString, requireId } from './read-json';

/** GET /Contacts/roles: 204 when the org has none. */
export function parseContactRoles(body: unknown): ContactRole[] {
  return readListAnswer(body, 'contact_roles', { list: 'a contact role list', item: 'a contact role' })
    .map((role) => {
      return {
        id: requireId(role.id, 'a contact role'),
        name: readString(role.name) ?? '',
        sequence: readNumber(role.sequence_number) ?? 0,
      };
    })
    .sort((a, b) => a.sequence - b.sequence);
}
