import type { Pipeline, Stage } from '../../api/crm-host';
import { asArray, malformed, readNumber, readString, readListAnswer, requireId, requireObject, type JsonObject } from './read-json';

/** GET /settings/pipeline?layout_id=: 204 when the layout has no pipelines. */
export function parsePipelines(body: unknown): Pipeline[] {
  return readListAnswer(body, 'pipeline', { list: 'a pipeline list', item: 'a pipeline' }).map((pipeline) => {
    const { displayValue, actualValue } = readValues(pipeline);
    return {
      id: requireId(pipeline.id, 'a pipeline'),
      displayValue,
      actualValue,
      isDefault: pipeline.default === true,
      stages: asArray(pipeline.maps)
        .map((stage) => parseStage(requireObject(stage, 'a stage')))
        .sort((a, b) => a.sequence - b.sequence),
    };
  });
}

function parseStage(stage: JsonObject): Stage {
  return {
    id: requireId(stage.id, 'a stage'),
    ...readValues(stage),
    sequence: readNumber(stage.sequence_number) ?? 0,
    forecastType: readString(stage.forecast_type),
  };
}

function readValues(item: JsonObject): { displayValue: string; actualValue: string } {
  const display = readString(item.display_value);
  const actual = readString(item.actual_value);
  if (display === null && actual === null) throw malformed('Zoho sent a pipeline or stage without a value');
  return { displayValue: display ?? actual ?? '', actualValue: actual ?? display ?? '' };
}
