import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import type { CrmHost, PageContext } from './api/crm-host';
import { CrmHostProvider } from './api/crm-host-context';
import { LoadingSkeleton } from './components/loading-skeleton';
import { RenderFailureBoundary } from './components/render-failure-boundary';
import { useFitPopup } from './components/use-fit-popup';
import { pageTarget } from './domain/page-target';
import { useText } from './i18n/use-text';
import { createQueryClient } from './query-client';
import { SingleLeadScreen } from './screens/single-lead-screen';
import { UnsupportedScreen } from './screens/unsupported-screen';

// The bulk flow is its own chunk: the single-lead flow (most openings) does not download it.
const BulkScreen = lazy(() => import('./screens/bulk/bulk-screen').then((module) => ({ default: module.BulkScreen })));

export function App({ host, page, queryClient }: { host: CrmHost; page: PageContext; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const target = pageTarget(page);
  const text = useText();
  const content = useRef<HTMLElement>(null);
  useFitPopup(host, content);
  return (
    <QueryClientProvider client={client}>
      <CrmHostProvider host={host}>
        <main className="widget" ref={content}>
          <RenderFailureBoundary message={text.renderFailed}>
            {target.kind === 'single' ? (
              <SingleLeadScreen leadId={target.leadId} />
            ) : target.kind === 'bulk' ? (
              <Suspense fallback={<LoadingSkeleton label={text.loadingLead} />}>
                <BulkScreen leadIds={target.leadIds} />
              </Suspense>
            ) : (
              <UnsupportedScreen target={target} />
            )}
          </RenderFailureBoundary>
        </main>
      </CrmHostProvider>
    </QueryClientProvider>
  );
}
