import type { PageContext, RecordId } from '../api/crm-host';

/** What the widget was opened for, decided from PageLoad alone (before any request). */
export type PageTarget =
  | { kind: 'single'; leadId: RecordId }
  | { kind: 'bulk'; leadIds: RecordId[] }
  | { kind: 'unsupported'; reason: 'not-leads' | 'no-selection' | 'too-many'; entity: string | null; count: number };

/** Mass convert takes 50 per job; the bulk flow promises up to 500 selected leads. */
export const MAX_BULK_LEADS = 500;

export function pageTarget(page: PageContext): PageTarget {
  const count = page.recordIds.length;
  if (page.entity !== 'Leads') return { kind: 'unsupported', reason: 'not-leads', entity: page.entity, count };
  const [first] = page.recordIds;
  if (first === undefined) return { kind: 'unsupported', reason: 'no-selection', entity: page.entity, count };
  // One selected lead from the list view is the single flow: the rep gets the full duplicate review.
  if (count === 1) return { kind: 'single', leadId: first };
  if (count > MAX_BULK_LEADS) return { kind: 'unsupported', reason: 'too-many', entity: page.entity, count };
  return { kind: 'bulk', leadIds: [...page.recordIds] };
}
