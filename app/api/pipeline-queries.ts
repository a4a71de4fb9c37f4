import { queryOptions, skipToken } from '@tanstack/react-query';
import type { CrmHost, RecordId } from './crm-host';

export const pipelineQueries = {
  all: () => ['pipelines'] as const,
  /** Waits (skipToken) until the Deals layout a conversion uses is known: the API needs its id. */
  forLayout: (host: CrmHost, dealsLayoutId: RecordId | null) =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), dealsLayoutId],
      queryFn: dealsLayoutId === null ? skipToken : ({ signal }) => host.getPipelines(dealsLayoutId, { signal }),
    }),
};
