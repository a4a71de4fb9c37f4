import type { ConvertResult } from '../../api/crm-host';
import { asArray, malformed, readNameId, requireId, requireObject } from './read-json';

/** POST /Leads/{id}/actions/convert, once error bodies are ruled out: 200 SUCCESS or 202 SCHEDULED. */
export function parseConvertResult(body: unknown): ConvertResult {
  const item = requireObject(asArray(requireObject(body, 'a data list').data)[0], 'a conversion result');
  const details = requireObject(item.details, 'conversion details');
  if (item.code === 'SCHEDULED') return { kind: 'scheduled', jobId: requireId(details.job_id, 'a job id') };
  const contact = readNameId(details.Contacts);
  if (!contact) throw malformed('Zoho reported a conversion without the contact it became');
  return {
    kind: 'converted',
    contact,
    account: readNameId(details.Accounts),
    deal: readNameId(details.Deals),
  };
}
