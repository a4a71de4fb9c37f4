// GET /crm/v7/Leads/actions/mass_convert?job_id= (§4.2)
import type { SimResponse } from '../sim-http';
import { json, rootError } from '../http/responses';
import type { HandlerContext } from './handler-context';

export function massConvertStatus(ctx: HandlerContext): SimResponse {
  const jobId = ctx.params.job_id;
  if (jobId === undefined || jobId === '') {
    return rootError(400, 'REQUIRED_PARAM_MISSING', 'job_id is required.', { param: 'job_id', json_path: '$.job_id' });
  }
  if (!ctx.org.flags.massConvertPermission) {
    return rootError(403, 'NO_PERMISSION', 'permission denied', { permissions: ['Crm_Implied_Mass_Convert_Leads'] });
  }
  const job = ctx.jobs.get(jobId);
  if (!job) return rootError(400, 'INVALID_DATA', 'The jobid given seems to be invalid', { param_name: 'job_id' });
  return json(200, { data: [ctx.jobs.status(job, ctx.now())] });
}
