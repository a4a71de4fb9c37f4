import { asArray, asObject, requireId, requireObject } from './read-json';

/** POST /Leads/actions/mass_convert: a root-level SCHEDULED object (tolerating a data[] wrapper). */
export function parseMassConvertJob(body: unknown): { jobId: string } {
  const root = requireObject(body, 'a mass-convert answer');
  const item = asObject(asArray(root.data)[0]) ?? root;
  return { jobId: requireId(requireObject(item.details, 'mass-convert details').job_id, 'a job id') };
}
