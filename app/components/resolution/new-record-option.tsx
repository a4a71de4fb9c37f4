import { useId } from 'react';
import { useText } from '../../i18n/use-text';
import './resolution.css';

type NewRecordOptionProps = {
  module: 'Contacts' | 'Accounts';
  radioName: string;
  /** The name the new record will get (lead full name / Company); null for an account when the lead has no Company. */
  name: string | null;
  checked: boolean;
  disabled: boolean;
  onSelect(): void;
};

/** "Create new contact — Pat Boyle", or "No account" when there is no Company to create one from. */
export function NewRecordOption({ module, radioName, name, checked, disabled, onSelect }: NewRecordOptionProps) {
  const text = useText().resolution;
  const id = useId();
  const none = module === 'Accounts' && name === null;
  return (
    <li
      className={`candidate-card candidate-card--new${checked ? ' candidate-card--selected' : ''}${disabled ? ' candidate-card--disabled' : ''}`}
      onClick={(event) => {
        if (disabled || checked) return;
        if (event.target instanceof Element && event.target.closest('input, label')) return;
        onSelect();
      }}
    >
      <div className="candidate-card__head">
        <input
          id={`${id}-radio`}
          className="candidate-card__radio"
          type="radio"
          name={radioName}
          value={none ? 'none' : 'new'}
          checked={checked}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={onSelect}
        />
        <label htmlFor={`${id}-radio`} className="candidate-card__label">
          {none ? (
            text.noAccount
          ) : (
            <>
              {text.createNew(module)}
              {text.createNewSeparator}
              <span dir="auto">{name}</span>
            </>
          )}
        </label>
      </div>
      <p id={`${id}-hint`} className="candidate-card__hint">
        {none ? text.noAccountHint : text.createNewHint(module)}
      </p>
    </li>
  );
}
