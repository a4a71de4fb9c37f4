import type { User } from '../../api/crm-host';
import { malformed, readNameId, readString, requireId, readListAnswer, type JsonObject } from './read-json';

/** GET /users?type=…: 204 when none match. */
export function parseUsers(body: unknown): User[] {
  return readListAnswer(body, 'users', { list: 'a user list', item: 'a user' }).map(parseUser);
}

/** GET /users?type=CurrentUser: the list holds exactly the caller. */
export function parseCurrentUser(body: unknown): User {
  const [first] = parseUsers(body);
  if (!first) throw malformed('Zoho returned no current user');
  return first;
}

function parseUser(user: JsonObject): User {
  const first = readString(user.first_name);
  const last = readString(user.last_name);
  return {
    id: requireId(user.id, 'a user'),
    fullName: readString(user.full_name) ?? [first, last].filter(Boolean).join(' '),
    email: readString(user.email),
    status: readString(user.status),
    confirmed: user.confirm === true,
    role: readNameId(user.role),
    profile: readNameId(user.profile),
    locale: readString(user.locale),
    timeZone: readString(user.time_zone),
  };
}
