// What the shared options and the plan need besides the rows: deal setup (for the deal template), users,
// module ids (mass convert references them) and the org currency. Loaded once the leads are known.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { bulkQueries } from '../../api/bulk/bulk-queries';
import type { Lead } from '../../api/crm-host';
import { useCrmHost } from '../../api/crm-host-context';
import { contactRoleQueries } from '../../api/contact-role-queries';
import { layoutQueries } from '../../api/layout-queries';
import { orgQueries } from '../../api/org-queries';
import { pipelineQueries } from '../../api/pipeline-queries';
import { userQueries } from '../../api/user-queries';
import type { DealSetup } from '../../domain/conversion-model';
import { buildDealSetup } from '../../domain/deal-setup';
import { pickDealsLayoutId } from '../../domain/deals-layout';

export function useBulkMetadata(firstLead: Lead | null, enabled: boolean) {
  const host = useCrmHost();
  const on = { enabled } as const;
  const leadsLayouts = useQuery({ ...layoutQueries.list(host, 'Leads'), ...on });
  const dealsLayouts = useQuery({ ...layoutQueries.list(host, 'Deals'), ...on });
  const contactRoles = useQuery({ ...contactRoleQueries.list(host), ...on });
  const users = useQuery({ ...userQueries.active(host), ...on });
  const modules = useQuery({ ...bulkQueries.modules(host), ...on });
  const org = useQuery({ ...orgQueries.detail(host), ...on });
  const dealsLayoutId = firstLead && leadsLayouts.data && dealsLayouts.data ? pickDealsLayoutId(firstLead, leadsLayouts.data, dealsLayouts.data) : null;
  const pipelines = useQuery({ ...pipelineQueries.forLayout(host, dealsLayoutId), ...on });
  const leadLayoutId = firstLead?.layout?.id ?? null;

  const dealSetup = useMemo((): DealSetup | null => {
    if (!leadsLayouts.data || !dealsLayouts.data || !contactRoles.data) return null;
    const pipelineList = dealsLayoutId === null ? [] : pipelines.data;
    if (!pipelineList) return null;
    const setup = buildDealSetup({
      leadsLayout: leadsLayouts.data.find((layout) => layout.id === leadLayoutId) ?? null,
      dealsLayout: dealsLayouts.data.find((layout) => layout.id === dealsLayoutId) ?? null,
      pipelines: pipelineList,
      contactRoles: contactRoles.data,
    });
    // Mass convert has no contact role; the template shows only what every deal gets.
    return { ...setup, fields: setup.fields.filter((spec) => spec.input !== 'contact-role') };
  }, [leadsLayouts.data, dealsLayouts.data, contactRoles.data, pipelines.data, dealsLayoutId, leadLayoutId]);

  const dealReads = [leadsLayouts, dealsLayouts, contactRoles, ...(dealsLayoutId === null ? [] : [pipelines])];
  const failed = dealReads.filter((query) => query.isError);
  return { leadsLayouts, dealSetup, dealFailed: failed, users, modules, org };
}
