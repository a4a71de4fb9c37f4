import type { BulkSharedOptions } from '../../api/bulk/bulk-types';
import type { RecordId, User } from '../../api/crm-host';
import type { TargetModule } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import { useBulkText } from '../../i18n/use-bulk-text';
import { useOptionsText } from '../../i18n/use-options-text';
import '../forms.css';

type Props = {
  shared: BulkSharedOptions;
  users: User[] | null;
  onOwner(ownerId: RecordId | undefined): void;
  onNotifyLeadOwner(notify: boolean): void;
  onNotifyNewOwner(notify: boolean): void;
  onAttachmentsTo(target: TargetModule): void;
  onCarryOverTags(carry: boolean): void;
};

const KEEP_OWNER = '';

/** Owner, notifications, attachments and tags for every converted lead (as mass convert takes them). */
export function SharedOptions({ shared, users, onOwner, onNotifyLeadOwner, onNotifyNewOwner, onAttachmentsTo, onCarryOverTags }: Props) {
  const text = useText();
  const optionsText = useOptionsText();
  const bulkText = useBulkText();
  const targets: TargetModule[] = ['Contacts', 'Accounts', ...(shared.createDeal ? (['Deals'] as const) : [])];
  return (
    <section className="panel" aria-labelledby="bulk-options-title">
      <h2 id="bulk-options-title" className="panel__title">
        {bulkText.optionsTitle}
      </h2>
      <div className="field-grid">
        <div className="field">
          <label htmlFor="bulk-owner" className="field__label">
            {optionsText.owner}
          </label>
          <select id="bulk-owner" className="input" value={shared.ownerId ?? KEEP_OWNER} onChange={(event) => onOwner(event.target.value || undefined)}>
            <option value={KEEP_OWNER}>{bulkText.keepLeadOwner}</option>
            {(users ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checks">
          <label className="check">
            <input type="checkbox" checked={shared.notifyLeadOwner} onChange={(event) => onNotifyLeadOwner(event.target.checked)} />
            {optionsText.notifyLeadOwner}
          </label>
          <label className="check">
            <input type="checkbox" checked={shared.notifyNewOwner} onChange={(event) => onNotifyNewOwner(event.target.checked)} />
            {optionsText.notifyNewOwner}
          </label>
        </div>
      </div>
      <fieldset className="choice-row">
        <legend className="field__label">{optionsText.attachmentsTo}</legend>
        {targets.map((target) => (
          <label key={target} className="check">
            <input type="radio" name="bulk-attachments-to" value={target} checked={shared.attachmentsTo === target} onChange={() => onAttachmentsTo(target)} />
            {text.single.moduleName(target)}
          </label>
        ))}
      </fieldset>
      <div className="choice-row">
        <label className="check">
          <input type="checkbox" checked={shared.carryOverTags} onChange={(event) => onCarryOverTags(event.target.checked)} />
          {bulkText.tagsAll}
        </label>
        <span className="muted">{bulkText.tagsHint(targets.map((target) => text.single.moduleName(target)).join(', '))}</span>
      </div>
    </section>
  );
}
