// 500 leads for the bulk benchmark (scripts/bench): bulk-300's mix (~70 % clean, ~20 % with matches, ~10 %
// ineligible) at the size of a large run.
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo } from '../simulated-crm-types';
import { bulkLeadId, bulkSeed } from './bulk-300';

export const BULK_500_LEAD_COUNT = 500;

export function bulk500Seed(): OrgSeed {
  return bulkSeed(BULK_500_LEAD_COUNT);
}

export const bulk500Info: ScenarioInfo = {
  name: 'bulk-500',
  title: 'Bulk: 500 leads',
  description: '500 leads with bulk-300\'s mix: about 70% without duplicates, 20% with matches, 10% converted, locked or unapproved (for the bulk benchmark).',
  featuredLeadId: bulkLeadId(0),
};
