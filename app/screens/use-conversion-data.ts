// Every read the single flow needs, started together on the first render (one round trip on the critical
// path); only pipelines wait, because their API needs the Deals layout id.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RecordId } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import { contactRoleQueries } from '../api/contact-role-queries';
import { layoutQueries } from '../api/layout-queries';
import { leadQueries } from '../api/lead-queries';
import { orgQueries } from '../api/org-queries';
import { pipelineQueries } from '../api/pipeline-queries';
import { userQueries } from '../api/user-queries';
import { attributeMatches } from '../domain/attribute-matches';
import type { ConversionContext, DealSetup } from '../domain/conversion-model';
import { loadConversionLogic } from './single-lead-chunks';

export type DealMetadataState = { status: 'loading' } | { status: 'error'; error: unknown; retry(): void } | { status: 'ready'; setup: DealSetup };

export function useConversionData(leadId: RecordId) {
  const host = useCrmHost();
  const lead = useQuery(leadQueries.detail(host, leadId));
  const options = useQuery(leadQueries.conversionOptions(host, leadId));
  const leadsLayouts = useQuery(layoutQueries.list(host, 'Leads'));
  const dealsLayouts = useQuery(layoutQueries.list(host, 'Deals'));
  const contactRoles = useQuery(contactRoleQueries.list(host));
  const users = useQuery(userQueries.active(host));
  const org = useQuery(orgQueries.detail(host));

  // The deal rules are their own chunk (downloaded at boot, normally here before the layouts); a failed
  // download is a failed deal read with the same Retry.
  const rules = useQuery({
    queryKey: ['chunk', 'conversion-logic'],
    queryFn: loadConversionLogic,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
  const layoutsKnown = rules.data && lead.data && leadsLayouts.data && dealsLayouts.data;
  const dealsLayoutId = layoutsKnown ? rules.data.pickDealsLayoutId(lead.data, leadsLayouts.data, dealsLayouts.data) : null;
  const pipelines = useQuery(pipelineQueries.forLayout(host, dealsLayoutId));

  const leadLayoutId = lead.data?.layout?.id ?? null;
  const setup = useMemo((): DealSetup | null => {
    if (!rules.data || !leadsLayouts.data || !dealsLayouts.data || !contactRoles.data) return null;
    // A lead whose layout maps to no Deals layout still gets a deal form, only without pipelines.
    const pipelineList = dealsLayoutId === null ? [] : pipelines.data;
    if (!pipelineList) return null;
    return rules.data.buildDealSetup({
      leadsLayout: leadsLayouts.data.find((layout) => layout.id === leadLayoutId) ?? null,
      dealsLayout: dealsLayouts.data.find((layout) => layout.id === dealsLayoutId) ?? null,
      pipelines: pipelineList,
      contactRoles: contactRoles.data,
    });
  }, [rules.data, leadsLayouts.data, dealsLayouts.data, contactRoles.data, pipelines.data, dealsLayoutId, leadLayoutId]);

  const dealReads = [rules, leadsLayouts, dealsLayouts, contactRoles, ...(dealsLayoutId === null ? [] : [pipelines])];
  const failed = dealReads.filter((query) => query.isError);
  const deal: DealMetadataState =
    failed.length > 0
      ? { status: 'error', error: failed[0]?.error, retry: () => failed.forEach((query) => void query.refetch()) }
      : setup
        ? { status: 'ready', setup }
        : { status: 'loading' };

  // Matching up to 200 candidates field by field is the costliest step of the screen: once per answer, not once
  // per unrelated read that lands afterwards (users, org, layouts…).
  const attribution = useMemo(
    () => (lead.data && options.data?.available ? attributeMatches(lead.data, options.data) : null),
    [lead.data, options.data],
  );
  const context = useMemo((): ConversionContext | null => {
    if (!lead.data || !options.data?.available || !attribution) return null;
    return {
      lead: lead.data,
      options: options.data,
      attribution,
      dealSetup: failed.length > 0 ? null : setup,
      users: users.data ?? [],
      org: org.data ?? null,
    };
  }, [lead.data, options.data, attribution, setup, failed.length, users.data, org.data]);

  return { lead, options, users, org, deal, context };
}
