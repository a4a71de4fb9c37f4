// What every endpoint handler receives.
import type { SimRequest } from '../sim-http';
import type { IdGenerator } from '../org/id-generator';
import type { OrgState } from '../org/org-types';
import type { MassConvertJobs } from '../mass-convert/mass-convert-jobs';

export type HandlerContext = {
  org: OrgState;
  ids: IdGenerator;
  jobs: MassConvertJobs;
  now: () => number;
  request: SimRequest;
  params: Record<string, string>;
  /** Path id (lead id or layout id) from the route. */
  id: string | undefined;
  /** Contacts or Accounts, for the record routes. */
  module: 'Contacts' | 'Accounts' | undefined;
  /** Tell subscribers the org's data changed. */
  changed: () => void;
};
