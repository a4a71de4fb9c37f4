import { useState } from 'react';
import type { DealSetup, DealValues } from '../../domain/conversion-model';
import { useDealText } from '../../i18n/use-deal-text';
import { ErrorPanel } from '../error-panel';
import { DealField } from './deal-field';
import '../forms.css';

export type DealMetadata = { status: 'loading' } | { status: 'error'; message: string; retry(): void } | { status: 'ready'; setup: DealSetup };

type Props = {
  metadata: DealMetadata;
  enabled: boolean;
  values: DealValues;
  /** Message per Deals API name; shown once the rep has left the field, or for all after Review. */
  errors: Record<string, string>;
  revealAll: boolean;
  currency: { symbol: string | null; iso: string | null };
  onToggle(createDeal: boolean): void;
  onChange(apiName: string, value: string): void;
  onPipelineChange(pipeline: string, firstStage: string): void;
};

export function DealSection({ metadata, enabled, values, errors, revealAll, currency, onToggle, onChange, onPipelineChange }: Props) {
  const text = useDealText();
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (apiName: string) => setTouched((previous) => (previous.has(apiName) ? previous : new Set(previous).add(apiName)));

  return (
    <section className="panel deal-section" aria-labelledby="deal-title">
      <div className="section-head">
        <h2 id="deal-title" className="panel__title">
          {text.dealSection}
        </h2>
        <label className="switch">
          <input type="checkbox" role="switch" checked={enabled} onChange={(event) => onToggle(event.target.checked)} />
          <span>{text.createDeal}</span>
        </label>
      </div>
      {enabled && renderBody()}
    </section>
  );

  function renderBody() {
    if (metadata.status === 'loading') {
      return (
        <div className="deal-section__skeleton" role="status">
          <span className="visually-hidden">{text.loadingDeal}</span>
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className="skeleton__field" aria-hidden="true">
              <div className="skeleton__line skeleton__line--short" />
              <div className="skeleton__line skeleton__line--input" />
            </div>
          ))}
        </div>
      );
    }
    if (metadata.status === 'error') return <ErrorPanel level={3} title={text.dealMetadataFailed} message={metadata.message} onRetry={metadata.retry} />;
    const { setup } = metadata;
    const pipeline = values.Pipeline ?? '';
    return (
      <div className="field-grid">
        {setup.fields.map((spec) => (
          <DealField
            key={spec.apiName}
            spec={spec}
            setup={setup}
            value={values[spec.apiName] ?? ''}
            pipeline={pipeline}
            error={revealAll || touched.has(spec.apiName) ? (errors[spec.apiName] ?? null) : null}
            currency={currency}
            onBlur={() => touch(spec.apiName)}
            onChange={(value) => {
              if (spec.input !== 'pipeline') return onChange(spec.apiName, value);
              const stages = setup.pipelines.find((candidate) => candidate.actualValue === value)?.stages ?? [];
              onPipelineChange(value, stages[0]?.actualValue ?? '');
            }}
          />
        ))}
      </div>
    );
  }
}
