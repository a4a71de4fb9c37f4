import type { Layout, Lead, RecordId } from '../api/crm-host';

/**
 * The Deals layout a conversion of this lead uses: the lead's Leads layout convert_mapping.Deals (§5.1, the
 * public face of the lead conversion mapping); else the Deals layout named "Standard"; else the first active one.
 */
export function pickDealsLayoutId(lead: Lead, leadsLayouts: Layout[], dealsLayouts: Layout[]): RecordId | null {
  const leadsLayout = lead.layout ? leadsLayouts.find((layout) => layout.id === lead.layout?.id) : undefined;
  const mapped = leadsLayout?.convertMapping?.Deals?.id;
  if (mapped) return mapped;
  const standard = dealsLayouts.find((layout) => layout.name === 'Standard');
  if (standard) return standard.id;
  // Zoho sends status "active" | "inactive" | "downgrade" | "hidden" (§5.1); a missing status counts as active.
  return dealsLayouts.find((layout) => layout.status === null || layout.status === 'active')?.id ?? null;
}
