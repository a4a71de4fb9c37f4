import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { CrmHost, PageContext } from './api/crm-host';
import { CrmHostProvider } from './api/crm-host-context';
import { LoadingSkeleton } from './components/loading-skeleton';
import { RenderFailureBoundary } from './components/render-failure-boundary';
import { useFitPopup } from './components/use-fit-popup';
import { pageTarget } from './domain/page-target';
import { LocaleProvider } from './i18n/locale-context';
import { useText } from './i18n/use-text';
import { createQueryClient } from './query-client';
import { SingleLeadScreen } from './screens/single-lead-screen';
import { UnsupportedScreen } from './screens/unsupported-screen';
import { useUserLocale } from './screens/use-user-locale';

// The bulk flow is its own chunk: the single-lead flow (most openings) does not download it.
const BulkScreen = lazy(() => import('./screens/bulk/bulk-screen').then((module) => ({ default: module.BulkScreen })));

export function App({ host, page, queryClient }: { host: CrmHost; page: PageContext; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const content = useRef<HTMLElement>(null);
  useFitPopup(host, content);
  return (
    <QueryClientProvider client={client}>
      <CrmHostProvider host={host}>
        <WithUserLocale>
          <main className="widget" ref={content}>
            <Screen page={page} />
          </main>
        </WithUserLocale>
      </CrmHostProvider>
    </QueryClientProvider>
  );
}

function WithUserLocale({ children }: { children: ReactNode }) {
  return <LocaleProvider value={useUserLocale()}>{children}</LocaleProvider>;
}

function Screen({ page }: { page: PageContext }) {
  const target = pageTarget(page);
  const text = useText();
  return (
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
  );
}
