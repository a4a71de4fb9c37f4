// GET /crm/v7/{Contacts|Accounts}/{id} and GET /crm/v7/{Contacts|Accounts}/search (Zoho's standard records API).
import type { SimResponse } from '../sim-http';
import type { SimRecord } from '../simulated-crm-types';
import { json, noContent, rootError } from '../http/responses';
import { searchFinds, type SearchBy } from '../matching/search-records';
import { findById, isVisible } from '../org/org-store';
import type { OrgState } from '../org/org-types';
import type { HandlerContext } from './handler-context';
import { leadForApi } from './lead-view';

const SEARCH_PARAMS: SearchBy[] = ['email', 'phone', 'word'];
const PER_PAGE = 200;

export function recordsOf(org: OrgState, module: 'Contacts' | 'Accounts'): SimRecord[] {
  return module === 'Contacts' ? org.contacts : org.accounts;
}

/** A visible record of the route's module, or the answer for an id Zoho does not know (or the caller cannot see). */
export function lookUpRecord(ctx: HandlerContext): { record: SimRecord; module: 'Contacts' | 'Accounts' } | { error: SimResponse } {
  const module = ctx.module ?? 'Contacts';
  const record = ctx.id !== undefined && /^\d+$/.test(ctx.id) ? findById(recordsOf(ctx.org, module), ctx.id) : undefined;
  // Same wording and details as an unknown lead id (§1.3) [INFERRED for Contacts/Accounts].
  if (!record || !isVisible(record)) return { error: rootError(400, 'INVALID_DATA', 'the given id seems to be invalid', { resource_path_index: 1 }) };
  return { record, module };
}

export function getRecord(ctx: HandlerContext): SimResponse {
  const found = lookUpRecord(ctx);
  if ('error' in found) return found.error;
  return json(200, { data: [leadForApi(found.record, ctx.params.fields)] });
}

export function searchRecords(ctx: HandlerContext): SimResponse {
  const module = ctx.module ?? 'Contacts';
  if (ctx.params.criteria !== undefined) {
    // The widget never sends criteria; the simulator does not model Zoho's criteria grammar.
    return rootError(400, 'INVALID_QUERY', 'criteria search is not modelled by the simulator', { param_name: 'criteria' });
  }
  const given = SEARCH_PARAMS.filter((name) => ctx.params[name] !== undefined);
  const by = given[0];
  if (by === undefined || given.length > 1) {
    return rootError(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'criteria/email/phone/word' });
  }
  const value = ctx.params[by] ?? '';
  if (value.trim().length < 2) return rootError(400, 'INVALID_QUERY', 'please check whether the input values are correct', { param_name: by });
  const found = recordsOf(ctx.org, module).filter((record) => isVisible(record) && searchFinds(record, by, value));
  if (found.length === 0) return noContent();
  const page = found.slice(0, PER_PAGE);
  return json(200, {
    data: page.map((record) => leadForApi(record, ctx.params.fields)),
    info: { per_page: PER_PAGE, count: page.length, page: 1, more_records: found.length > PER_PAGE },
  });
}
