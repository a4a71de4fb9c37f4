import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CrmHost, PageContext } from './api/crm-host';
import { CrmHostProvider } from './api/crm-host-context';
import { pageTarget } from './domain/page-target';
import { createQueryClient } from './query-client';
import { BulkSelectionScreen } from './screens/bulk-selection-screen';
import { SingleLeadScreen } from './screens/single-lead-screen';
import { UnsupportedScreen } from './screens/unsupported-screen';

export function App({ host, page, queryClient }: { host: CrmHost; page: PageContext; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const target = pageTarget(page);
  return (
    <QueryClientProvider client={client}>
      <CrmHostProvider host={host}>
        <main className="widget">
          {target.kind === 'single' ? (
            <SingleLeadScreen leadId={target.leadId} />
          ) : target.kind === 'bulk' ? (
            <BulkSelectionScreen leadIds={target.leadIds} />
          ) : (
            <UnsupportedScreen target={target} />
          )}
        </main>
      </CrmHostProvider>
    </QueryClientProvider>
  );
}
