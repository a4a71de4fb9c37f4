import { useQuery } from '@tanstack/react-query';
import type { RecordId } from '../api/crm-host';
import { useCrmHost } from '../api/crm-host-context';
import { leadQueries } from '../api/lead-queries';
import { ErrorPanel } from '../components/error-panel';
import { LeadSummary } from '../components/lead-summary';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { MatchCounts } from '../components/match-counts';
import { describeReadError } from '../domain/describe-error';
import { useText } from '../i18n/use-text';

export function SingleLeadScreen({ leadId }: { leadId: RecordId }) {
  const host = useCrmHost();
  const text = useText();
  // Both requests start together: neither needs the other's answer.
  const lead = useQuery(leadQueries.detail(host, leadId));
  const options = useQuery(leadQueries.conversionOptions(host, leadId));

  if (lead.error) return <ErrorPanel message={describeReadError(lead.error, text)} onRetry={() => void lead.refetch()} />;
  if (!lead.data) return <LoadingSkeleton label={text.loadingLead} />;
  return (
    <>
      <LeadSummary lead={lead.data} />
      {options.error ? (
        <ErrorPanel message={describeReadError(options.error, text)} onRetry={() => void options.refetch()} />
      ) : options.data ? (
        <MatchCounts options={options.data} />
      ) : (
        <LoadingSkeleton label={text.loadingLead} />
      )}
    </>
  );
}
