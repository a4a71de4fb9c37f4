// Maps method + path to one documented operation, or to the documented path/method/module errors.
import type { SimMethod, SimOperation, SimRequest, SimResponse } from '../sim-http';
import { invalidMethod, invalidModule, invalidUrlPattern } from './responses';

export type Route = {
  operation: SimOperation;
  /** Path parameters: lead id, layout id or Contacts/Accounts record id. */
  id?: string | undefined;
  /** The record module of Contacts/Accounts record routes. */
  module?: 'Contacts' | 'Accounts' | undefined;
  /** Set when the route itself is an error (bad path, method or module). */
  error?: SimResponse | undefined;
};

const VERSION = /^v(2|2\.1|[3-8])$/;

type Pattern = { parts: string[]; method: SimMethod; operation: SimOperation };

// ':lead' = a record id under Leads; ':id' = any id segment.
const PATTERNS: Pattern[] = [
  { parts: ['Leads', 'actions', 'mass_convert'], method: 'POST', operation: 'massConvert' },
  { parts: ['Leads', 'actions', 'mass_convert'], method: 'GET', operation: 'massConvertStatus' },
  { parts: ['Leads', ':lead', '__conversion_options'], method: 'GET', operation: 'conversionOptions' },
  { parts: ['Leads', ':lead', 'actions', 'convert'], method: 'POST', operation: 'convert' },
  { parts: ['Leads', ':lead'], method: 'GET', operation: 'getLead' },
  { parts: ['Leads'], method: 'GET', operation: 'getLeads' },
  { parts: ['settings', 'layouts'], method: 'GET', operation: 'layouts' },
  { parts: ['settings', 'layouts', ':id'], method: 'GET', operation: 'layout' },
  { parts: ['settings', 'pipeline'], method: 'GET', operation: 'pipelines' },
  { parts: ['Contacts', 'roles'], method: 'GET', operation: 'contactRoles' },
  ...(['Contacts', 'Accounts'] as const).flatMap((module): Pattern[] => [
    { parts: [module, 'search'], method: 'GET', operation: 'searchRecords' },
    { parts: [module, ':id'], method: 'GET', operation: 'getRecord' },
    { parts: [module, ':id'], method: 'PUT', operation: 'updateRecord' },
    { parts: [module, ':id', 'Notes'], method: 'POST', operation: 'addNote' },
  ]),
  { parts: ['users'], method: 'GET', operation: 'users' },
  { parts: ['org'], method: 'GET', operation: 'org' },
  { parts: ['settings', 'modules'], method: 'GET', operation: 'modules' },
];

export function resolveRoute(request: SimRequest): Route {
  const segments = request.path.split('?')[0]!.split('/').filter((s) => s !== '');
  if (segments[0] !== 'crm' || !VERSION.test(segments[1] ?? '')) return { operation: 'unknown', error: invalidUrlPattern() };
  const rest = segments.slice(2);
  const shapeMatches = PATTERNS.filter((p) => fits(p.parts, rest, true));
  const exact = shapeMatches.find((p) => p.method === request.method);
  if (exact) {
    const idIndex = exact.parts.findIndex((part) => part.startsWith(':'));
    const operation = exact.operation === 'users' && request.params?.type === 'CurrentUser' ? 'currentUser' : exact.operation;
    const module = rest[0] === 'Contacts' || rest[0] === 'Accounts' ? rest[0] : undefined;
    return { operation, id: idIndex >= 0 ? rest[idIndex] : undefined, module };
  }
  if (shapeMatches.length > 0) return { operation: shapeMatches[0]!.operation, error: invalidMethod() };
  // Lead-only actions addressed to another record module: the module segment is what is wrong.
  const leadShaped = PATTERNS.find((p) => p.parts[0] === 'Leads' && p.parts.length > 1 && fits(p.parts, rest, false));
  if (leadShaped && /^[A-Z]/.test(rest[0] ?? '')) {
    return { operation: leadShaped.operation, error: invalidModule() };
  }
  return { operation: 'unknown', error: invalidUrlPattern() };
}

function fits(parts: string[], segments: string[], checkModule: boolean): boolean {
  if (parts.length !== segments.length) return false;
  return parts.every((part, index) => {
    const segment = segments[index]!;
    if (part.startsWith(':')) return segment !== 'actions' && segment !== '';
    if (index === 0 && !checkModule) return true;
    return part === segment;
  });
}

/** The record ids a request is about (lead id in the path, or the ids of a mass-convert body), for fault rules. */
export function recordIdsOf(route: Route, request: SimRequest): string[] {
  if (route.operation === 'massConvert') {
    const ids = (request.body as { ids?: unknown } | undefined)?.ids;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  }
  return route.id !== undefined && route.operation !== 'layout' ? [route.id] : [];
}
