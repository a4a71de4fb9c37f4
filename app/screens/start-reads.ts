// The reads a screen needs, started the moment PageLoad names the lead: before React has rendered anything, so
// the first CRM request does not wait for the first render. The screens' useQuery calls then find these
// requests in flight (same query keys) and join them; nothing is sent twice.
import type { QueryClient } from '@tanstack/react-query';
import { contactRoleQueries } from '../api/contact-role-queries';
import type { CrmHost, PageContext } from '../api/crm-host';
import { layoutQueries } from '../api/layout-queries';
import { leadQueries } from '../api/lead-queries';
import { orgQueries } from '../api/org-queries';
import { userQueries } from '../api/user-queries';
import { pageTarget } from '../domain/page-target';
import { warmDraftStorage } from '../state/draft-storage';
import { preloadSingleLeadChunks } from './single-lead-chunks';

export function startReads(client: QueryClient, host: CrmHost, page: PageContext): void {
  // prefetchQuery never rejects: a failed read is the query's error state, which the screen shows.
  // Every screen speaks the rep's language: their own user record.
  void client.prefetchQuery(userQueries.current(host));
  const target = pageTarget(page);
  if (target.kind !== 'single') return;
  void client.prefetchQuery(leadQueries.detail(host, target.leadId));
  void client.prefetchQuery(leadQueries.conversionOptions(host, target.leadId));
  void client.prefetchQuery(layoutQueries.list(host, 'Leads'));
  void client.prefetchQuery(layoutQueries.list(host, 'Deals'));
  void client.prefetchQuery(contactRoleQueries.list(host));
  void client.prefetchQuery(userQueries.active(host));
  void client.prefetchQuery(orgQueries.detail(host));
  preloadSingleLeadChunks();
  warmDraftStorage();
}
