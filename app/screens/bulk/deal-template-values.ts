import type { DealSetup, DealValues } from '../../domain/conversion-model';
import { addDays, defaultPipeline } from '../../domain/deal-defaults';

/**
 * What the deal template form shows: the defaults the plan applies when the rep leaves a field alone
 * (closing date in 30 days, the default pipeline and its first stage), under the rep's own values.
 */
export function dealTemplateValues(setup: DealSetup | null, shared: DealValues, today: string): DealValues {
  const pipeline = setup ? defaultPipeline(setup.pipelines) : null;
  const firstStage = pipeline ? [...pipeline.stages].sort((a, b) => a.sequence - b.sequence)[0]?.actualValue : undefined;
  const defaults: DealValues = { Closing_Date: addDays(today, 30) ?? '' };
  if (pipeline) defaults['Pipeline'] = pipeline.actualValue;
  if (firstStage) defaults['Stage'] = firstStage;
  return { ...defaults, ...shared };
}
