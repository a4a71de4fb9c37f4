import type { DealFieldSpec, DealSetup } from '../../domain/conversion-model';
import { parseAmount } from '../../domain/parse-amount';
import { formatDealDate, formatMoney } from '../../i18n/format';
import { useLocale } from '../../i18n/locale-context';
import { useDealText } from '../../i18n/use-deal-text';
import { isStandardLabel } from '../../domain/match-values';
import { dealFieldId } from './deal-field-id';
import '../forms.css';

export { dealFieldId };

type Props = {
  spec: DealFieldSpec;
  setup: DealSetup;
  value: string;
  /** Pipeline currently chosen (actual value): the stage select lists only its stages. */
  pipeline: string;
  error: string | null;
  currency: { symbol: string | null; iso: string | null };
  onChange(value: string): void;
  onBlur(): void;
};

/** One deal field, rendered by its input type, with its message wired through aria-describedby. */
export function DealField({ spec, setup, value, pipeline, error, currency, onChange, onBlur }: Props) {
  const text = useDealText();
  const { intl } = useLocale();
  const id = dealFieldId(spec.apiName);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // The browser's own date picker and number field follow the browser's language, not the rep's Zoho locale:
  // the value is repeated underneath as the rep's locale writes it.
  const hint = error ? null : localeHint(spec, value, currency.iso, intl);
  const describedBy = error ? errorId : hint ? hintId : undefined;
  const a11y = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, onBlur } as const;
  const unit = spec.input === 'currency' ? (currency.iso ?? currency.symbol) : spec.input === 'percent' ? '%' : null;
  // A standard deal field under its standard English name is shown in the rep's language; a renamed one as the org named it.
  const name = isStandardLabel(spec.apiName, spec.label) ? text.fieldName(spec.apiName, spec.label) : spec.label;
  const label = (
    <label htmlFor={id} className="field__label">
      {name}
      {unit && <span className="field__unit"> ({unit})</span>}
      {spec.required ? (
        <span className="field__required" aria-hidden="true">
          {' '}*
        </span>
      ) : (
        <span className="field__optional"> {text.optionalHint}</span>
      )}
    </label>
  );
  const select = (options: { value: string; label: string }[]) => (
    <select {...a11y} className="input" value={value} required={spec.required} onChange={(event) => onChange(event.target.value)}>
      <option value="">{spec.required ? text.chooseOption : text.noneOption}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );

  let control;
  switch (spec.input) {
    case 'boolean':
      return (
        <div className="field field--check">
          <input {...a11y} type="checkbox" checked={value === 'true'} onChange={(event) => onChange(String(event.target.checked))} />
          <label htmlFor={id}>{name}</label>
          {error && <FieldError id={errorId} message={error} />}
        </div>
      );
    case 'textarea':
      control = <textarea {...a11y} className="input" rows={3} value={value} maxLength={spec.maxLength ?? undefined} onChange={(event) => onChange(event.target.value)} />;
      break;
    case 'date':
      control = <input {...a11y} className="input" type="date" required={spec.required} value={value} onChange={(event) => onChange(event.target.value)} />;
      break;
    case 'currency':
    case 'number':
    case 'integer':
    case 'percent':
      control = (
        <div className="input-affix">
          {spec.input === 'currency' && currency.symbol && (
            <span className="input-affix__prefix" aria-hidden="true">
              {currency.symbol}
            </span>
          )}
          <input
            {...a11y}
            className="input"
            type="text"
            inputMode={spec.input === 'integer' ? 'numeric' : 'decimal'}
            required={spec.required}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      );
      break;
    case 'picklist':
    case 'pipeline':
    case 'contact-role':
      control = select(spec.options);
      break;
    case 'stage': {
      const stages = setup.pipelines.find((candidate) => candidate.actualValue === pipeline)?.stages ?? [];
      control = select(stages.map((stage) => ({ value: stage.actualValue, label: stage.displayValue })));
      break;
    }
    default: {
      const type = spec.input === 'email' ? 'email' : spec.input === 'url' ? 'url' : spec.input === 'phone' ? 'tel' : 'text';
      control = (
        <input {...a11y} className="input" type={type} required={spec.required} value={value} maxLength={spec.maxLength ?? undefined} onChange={(event) => onChange(event.target.value)} />
      );
    }
  }
  return (
    <div className={`field${spec.input === 'textarea' ? ' field--wide' : ''}`}>
      {label}
      {control}
      {error && <FieldError id={errorId} message={error} />}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function localeHint(spec: DealFieldSpec, value: string, currency: string | null, locale: string): string | null {
  if (spec.input === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDealDate(value, locale, 'long');
  if (spec.input !== 'currency' || value.trim() === '') return null;
  const amount = parseAmount(value);
  return amount === null ? null : formatMoney(amount, currency, locale);
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
