import type { Pipeline } from '../api/crm-host';
import type { ConversionContext, DealValues } from './conversion-model';

/** A deal closes a month out unless the rep says otherwise [INFERRED: Zoho's own convert dialog has no default]. */
const CLOSING_IN_DAYS = 30;

/** Initial deal form values (product brief step 4: "Deal name (default: the lead's Company, else its name)"). */
export function defaultDealValues(context: ConversionContext, today: string): DealValues {
  const setup = context.dealSetup;
  const pipeline = defaultPipeline(setup?.pipelines ?? []);
  const values: DealValues = {};
  for (const field of setup?.fields ?? []) values[field.apiName] = field.input === 'boolean' ? 'false' : '';
  return {
    ...values,
    Deal_Name: context.lead.company?.trim() || context.lead.fullName.trim(),
    Closing_Date: addDays(today, CLOSING_IN_DAYS) ?? '',
    Pipeline: pipeline?.actualValue ?? '',
    Stage: pipeline ? (firstStage(pipeline)?.actualValue ?? '') : (values['Stage'] ?? ''),
  };
}

export function defaultPipeline(pipelines: Pipeline[]): Pipeline | undefined {
  return pipelines.find((pipeline) => pipeline.isDefault) ?? pipelines[0];
}

function firstStage(pipeline: Pipeline): Pipeline['stages'][number] | undefined {
  return [...pipeline.stages].sort((a, b) => a.sequence - b.sequence)[0];
}

/** 'YYYY-MM-DD' + n days in calendar terms (UTC arithmetic, so no time zone can shift the day); null if invalid. */
export function addDays(isoDate: string, days: number): string | null {
  const parsed = parseIsoDate(isoDate);
  if (parsed === null) return null;
  return new Date(parsed + days * 86_400_000).toISOString().slice(0, 10);
}

/** Milliseconds of a real calendar date written YYYY-MM-DD (2024-02-30 is not one), else null. */
export function parseIsoDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}
