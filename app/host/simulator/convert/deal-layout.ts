// The layouts a conversion uses: the lead's Leads layout → its convert_mapping (§5.1).
import type { SimRecord } from '../simulated-crm-types';
import type { JsonObject, OrgState, TargetModule } from '../org/org-types';

export type LayoutRef = { name: string; id: string };

function leadsLayout(org: OrgState, lead: SimRecord): JsonObject | undefined {
  const layoutId = (lead.Layout as { id?: string } | null | undefined)?.id;
  return org.layouts.Leads.find((l) => l.id === layoutId) ?? org.layouts.Leads[0];
}

export function targetLayout(org: OrgState, lead: SimRecord, module: TargetModule): LayoutRef | null {
  const mapping = leadsLayout(org, lead)?.convert_mapping as Record<string, LayoutRef> | undefined;
  const mapped = mapping?.[module];
  const layout = (mapped && org.layouts[module].find((l) => l.id === mapped.id)) ?? org.layouts[module][0];
  return layout ? { name: String(layout.name), id: String(layout.id) } : null;
}

export function layoutFields(layout: JsonObject | undefined): JsonObject[] {
  const sections = (layout?.sections as { fields?: JsonObject[] }[] | undefined) ?? [];
  return sections.flatMap((section) => section.fields ?? []);
}

/** Fields of the Deals layout a conversion of this lead uses (drives type, mandatory and length checks). */
export function dealFieldsFor(org: OrgState, lead: SimRecord): JsonObject[] {
  const ref = targetLayout(org, lead, 'Deals');
  return layoutFields(org.layouts.Deals.find((l) => l.id === ref?.id));
}

export function pipelinesFor(org: OrgState, lead: SimRecord): JsonObject[] {
  const ref = targetLayout(org, lead, 'Deals');
  return ref ? (org.pipelines[ref.id] ?? []) : [];
}
