import type { ReactNode } from 'react';
import type { RecordId, User } from '../../api/crm-host';
import type { TargetModule } from '../../domain/conversion-model';
import { useText } from '../../i18n/use-text';
import { ErrorPanel } from '../error-panel';
import { OWNER_SELECT_ID } from './owner-select-id';
import { useOptionsText } from '../../i18n/use-options-text';
import '../forms.css';

export { OWNER_SELECT_ID };

type Props = {
  users: { status: 'loading' } | { status: 'error'; message: string; retry(): void } | { status: 'ready'; users: User[] };
  ownerId: RecordId | null;
  ownerError: string | null;
  notifyLeadOwner: boolean;
  notifyNewOwner: boolean;
  /** Only the modules that will have a record after this conversion. */
  targets: TargetModule[];
  attachmentsTo: TargetModule;
  leadTags: string[];
  tagsFor(module: TargetModule): string[];
  onOwnerChosen(userId: RecordId): void;
  onNotifyLeadOwner(notify: boolean): void;
  onNotifyNewOwner(notify: boolean): void;
  onAttachmentsTo(target: TargetModule): void;
  onTagToggled(event: { module: TargetModule; tag: string; carry: boolean; current: string[] }): void;
  /** More options at the end of the panel (e.g. the audit note). */
  children?: ReactNode;
};

export function OptionsSection(props: Props) {
  const text = useOptionsText();
  const moduleName = useText().single.moduleName;
  const { users, ownerId, ownerError, targets, attachmentsTo, leadTags } = props;
  return (
    <section className="panel options-section" aria-labelledby="options-title">
      <h2 id="options-title" className="panel__title">
        {text.optionsSection}
      </h2>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={OWNER_SELECT_ID} className="field__label">
            {text.owner}
          </label>
          {users.status === 'ready' ? (
            <select
              id={OWNER_SELECT_ID}
              className="input"
              value={ownerId ?? ''}
              aria-invalid={ownerError ? true : undefined}
              aria-describedby={ownerError ? `${OWNER_SELECT_ID}-error` : undefined}
              onChange={(event) => props.onOwnerChosen(event.target.value)}
            >
              {ownerId !== null && !users.users.some((user) => user.id === ownerId) && <option value={ownerId}>{ownerId}</option>}
              {users.users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.fullName}
                </option>
              ))}
            </select>
          ) : users.status === 'loading' ? (
            <div id={OWNER_SELECT_ID} className="skeleton__line skeleton__line--input" role="status" aria-label={text.loadingOptions} />
          ) : (
            <ErrorPanel level={3} title={text.optionsFailed} message={users.message} onRetry={users.retry} />
          )}
          {ownerError && (
            <p id={`${OWNER_SELECT_ID}-error`} className="field-error">
              {ownerError}
            </p>
          )}
        </div>
        <div className="field field--checks">
          <label className="check">
            <input type="checkbox" checked={props.notifyLeadOwner} onChange={(event) => props.onNotifyLeadOwner(event.target.checked)} />
            {text.notifyLeadOwner}
          </label>
          <label className="check">
            <input type="checkbox" checked={props.notifyNewOwner} onChange={(event) => props.onNotifyNewOwner(event.target.checked)} />
            {text.notifyNewOwner}
          </label>
        </div>
      </div>
      <fieldset className="choice-row">
        <legend className="field__label">{text.attachmentsTo}</legend>
        {targets.map((target) => (
          <label key={target} className="check">
            <input type="radio" name="attachments-to" value={target} checked={attachmentsTo === target} onChange={() => props.onAttachmentsTo(target)} />
            {moduleName(target)}
          </label>
        ))}
      </fieldset>
      {leadTags.length > 0 &&
        targets.map((module) => {
          const current = props.tagsFor(module);
          return (
            <fieldset key={module} className="choice-row">
              <legend className="field__label">{text.tagsTo(module)}</legend>
              {leadTags.map((tag) => (
                <label key={tag} className="check tag-check">
                  <input
                    type="checkbox"
                    checked={current.includes(tag)}
                    onChange={(event) => props.onTagToggled({ module, tag, carry: event.target.checked, current })}
                  />
                  {tag}
                </label>
              ))}
            </fieldset>
          );
        })}
      {props.children}
    </section>
  );
}
