import { MAX_BULK_LEADS, type PageTarget } from '../domain/page-target';
import { NoticePanel } from '../components/notice-panel';
import { useText } from '../i18n/use-text';

export function UnsupportedScreen({ target }: { target: Extract<PageTarget, { kind: 'unsupported' }> }) {
  const text = useText();
  const message =
    target.reason === 'not-leads'
      ? text.unsupportedNotLeads(target.entity)
      : target.reason === 'too-many'
        ? text.unsupportedTooMany(target.count, MAX_BULK_LEADS)
        : text.unsupportedNoSelection;
  return (
    <NoticePanel title={text.appTitle}>
      <p>{message}</p>
    </NoticePanel>
  );
}
