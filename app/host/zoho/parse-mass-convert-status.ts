import type { MassConvertJobState, MassConvertStatus } from '../../api/crm-host';
import { asArray, malformed, readNumber, readString, requireObject } from './read-json';

const STATES: readonly MassConvertJobState[] = ['scheduled', 'in progress', 'completed', 'failed'];

/** GET /Leads/actions/mass_convert?job_id=: Zoho's own examples vary the casing of Status. */
export function parseMassConvertStatus(body: unknown): MassConvertStatus {
  const item = requireObject(asArray(requireObject(body, 'a data list').data)[0], 'a job status');
  const rawState = readString(item.Status);
  if (rawState === null) throw malformed('Zoho sent a mass-convert job status without Status');
  const normalised = rawState.trim().toLowerCase().replace(/[_\s]+/g, ' ');
  return {
    state: STATES.find((state) => state === normalised) ?? 'unknown',
    rawState,
    total: readNumber(item.Total_Count) ?? 0,
    converted: readNumber(item.Converted_Count) ?? 0,
    notConverted: readNumber(item.Not_Converted_Count) ?? 0,
    failed: readNumber(item.Failed_Count) ?? 0,
  };
}
