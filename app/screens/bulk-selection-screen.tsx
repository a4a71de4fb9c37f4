import type { RecordId } from '../api/crm-host';
import { NoticePanel } from '../components/notice-panel';
import { useText } from '../i18n/use-text';

export function BulkSelectionScreen({ leadIds }: { leadIds: RecordId[] }) {
  const text = useText();
  return (
    <NoticePanel title={text.leadsSelected(leadIds.length)}>
      <p>{text.bulkComingSoon}</p>
    </NoticePanel>
  );
}
