import { Suspense } from 'react';
import type { ModuleName, RecordId } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import type { DealMetadata } from '../components/deal/deal-section';
import { ErrorPanel } from '../components/error-panel';
import { LeadSummary } from '../components/lead-summary';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { describeReadError } from '../domain/describe-error';
import { leadEligibility } from '../domain/lead-eligibility';
import { useLocale } from '../i18n/locale-context';
import { useText } from '../i18n/use-text';
import { ConversionPage } from './conversion-page';
import { DraftedConversion } from './drafted-conversion';
import { IneligibleLead } from './single-lead-chunks';
import { useConversionData } from './use-conversion-data';

export function SingleLeadScreen({ leadId }: { leadId: RecordId }) {
  const host = useCrmHost();
  const text = useText();
  const locale = useLocale();
  const { lead, options, users, deal, context } = useConversionData(leadId);
  // The reads and the flow's code started at boot (startReads): these queries join the requests in flight.
  const close = () => void host.closePopup({ reload: false }).catch(() => undefined);
  const open = (target: { module: ModuleName; id: RecordId }) => void host.openRecord(target).catch(() => undefined);

  // The reads above have started; the screen waits only for the rep's language (same round trip).
  if (!locale.ready) return <LoadingSkeleton label={text.loadingLead} />;
  if (lead.error) {
    return (
      <>
        <ErrorPanel title={text.single.cannotReadLead} message={describeReadError(lead.error, text)} onRetry={() => void lead.refetch()} />
        <div className="footer">
          <button type="button" className="button" onClick={close}>
            {text.single.close}
          </button>
        </div>
      </>
    );
  }
  if (!lead.data) return <LoadingSkeleton label={text.loadingLead} />;

  const eligibility = leadEligibility(lead.data, options.data);
  if (!eligibility.eligible) {
    return (
      <Suspense fallback={<LoadingSkeleton label={text.loadingLead} />}>
        <IneligibleLead
          lead={lead.data}
          reason={eligibility.reason}
          onOpen={open}
          onClose={close}
        />
      </Suspense>
    );
  }
  if (options.error) {
    return (
      <>
        <LeadSummary lead={lead.data} />
        <ErrorPanel level={2} message={describeReadError(options.error, text)} onRetry={() => void options.refetch()} />
      </>
    );
  }
  if (!context) {
    return (
      <>
        <LeadSummary lead={lead.data} />
        <LoadingSkeleton label={text.loadingLead} summary={false} />
      </>
    );
  }

  const dealMetadata: DealMetadata =
    deal.status === 'error' ? { status: 'error', message: describeReadError(deal.error, text), retry: deal.retry } : deal;
  const userState = users.data
    ? ({ status: 'ready', users: users.data } as const)
    : users.error
      ? ({ status: 'error', message: describeReadError(users.error, text), retry: () => void users.refetch() } as const)
      : ({ status: 'loading' } as const);

  return (
    // The page waits for its rules' chunk, which normally arrived while the CRM answered.
    <Suspense fallback={<LoadingSkeleton label={text.loadingLead} />}>
      <DraftedConversion leadId={leadId} context={context}>
        <ConversionPage
          leadId={leadId}
          context={context}
          dealMetadata={dealMetadata}
          users={userState}
          refetchOptions={() => options.refetch().then((result) => result.data)}
        />
      </DraftedConversion>
    </Suspense>
  );
}
