import { queryOptions } from '@tanstack/react-query';
import type { CrmHost, RecordId } from './crm-host';

export const leadQueries = {
  all: () => ['leads'] as const,
  detail: (host: CrmHost, leadId: RecordId) =>
    queryOptions({
      queryKey: [...leadQueries.all(), 'detail', leadId],
      queryFn: ({ signal }) => host.getLead(leadId, { signal }),
    }),
  conversionOptions: (host: CrmHost, leadId: RecordId) =>
    queryOptions({
      queryKey: [...leadQueries.all(), 'conversion-options', leadId],
      queryFn: ({ signal }) => host.getConversionOptions(leadId, { signal }),
    }),
};
