// GET /crm/v7/Leads/{id}
import type { SimResponse } from '../sim-http';
import { lookUpLead } from '../convert/lead-state';
import { json, noContent, rootError } from '../http/responses';
import type { HandlerContext } from './handler-context';
import { badFilterParam, leadForApi, passesFilters } from './lead-view';

export function getLead(ctx: HandlerContext): SimResponse {
  const bad = badFilterParam(ctx.params);
  if (bad) return rootError(400, 'INVALID_DATA', 'invalid data', { param_name: bad });
  const found = lookUpLead(ctx.org, ctx.id, 'the given id seems to be invalid');
  if (found.error) return found.error;
  // A converted (or unapproved) lead is filtered out of default reads; Zoho's exact answer for a single id
  // is undocumented, so "nothing to show" is modelled as 204 with an empty body [INFERRED].
  if (!passesFilters(found.lead, ctx.params)) return noContent();
  return json(200, { data: [leadForApi(found.lead, ctx.params.fields)] });
}
