// GET /crm/v7/Leads?ids=a,b,c (or a plain page of leads without ids)
import type { SimResponse } from '../sim-http';
import { isVisible } from '../org/org-store';
import { json, noContent, rootError } from '../http/responses';
import type { HandlerContext } from './handler-context';
import { badFilterParam, leadForApi, passesFilters } from './lead-view';

const MAX_IDS = 100;
const MAX_PER_PAGE = 200;

export function getLeads(ctx: HandlerContext): SimResponse {
  const bad = badFilterParam(ctx.params);
  if (bad) return rootError(400, 'INVALID_DATA', 'invalid data', { param_name: bad });
  const idsParam = ctx.params.ids;
  const visible = ctx.org.leads.filter((lead) => isVisible(lead) && passesFilters(lead, ctx.params));
  let page = 1;
  let perPage = MAX_PER_PAGE;
  let selected = visible;
  if (idsParam !== undefined) {
    const ids = idsParam.split(',').map((id) => id.trim()).filter((id) => id !== '');
    // The 100-id cap is documented for GET records; the error's exact shape is [INFERRED].
    if (ids.length > MAX_IDS) {
      return rootError(400, 'LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { param_name: 'ids', limit: MAX_IDS });
    }
    selected = ids.flatMap((id) => visible.filter((lead) => lead.id === id));
    perPage = Math.max(selected.length, 1);
  } else {
    page = positive(ctx.params.page, 1);
    perPage = Math.min(positive(ctx.params.per_page, MAX_PER_PAGE), MAX_PER_PAGE);
    selected = visible.slice((page - 1) * perPage, page * perPage);
  }
  if (selected.length === 0) return noContent();
  const moreRecords = idsParam === undefined && visible.length > page * perPage;
  return json(200, {
    data: selected.map((lead) => leadForApi(lead, ctx.params.fields)),
    info: { per_page: perPage, count: selected.length, page, more_records: moreRecords },
  });
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
