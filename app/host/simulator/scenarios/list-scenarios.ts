// The named orgs the simulator can load.
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo } from '../simulated-crm-types';
import { bulk300Info, bulk300Seed } from './bulk-300';
import { bulk500Info, bulk500Seed } from './bulk-500';
import { kaizen137Case2Info, kaizen137Info, kaizen137Seed } from './kaizen-137';
import { hostileInfo, hostileSeed } from './hostile';
import { largeMatchesInfo, largeMatchesSeed } from './large-matches';
import { noContactsModuleInfo, noContactsModuleSeed } from './no-contacts-module';
import { showcaseInfo, showcaseSeed } from './showcase';

export type Scenario = { info: ScenarioInfo; seed: () => OrgSeed };

const SCENARIOS: Scenario[] = [
  { info: showcaseInfo, seed: showcaseSeed },
  { info: kaizen137Info, seed: () => kaizen137Seed() },
  { info: kaizen137Case2Info, seed: () => kaizen137Seed({ phoneClash: false }) },
  { info: bulk300Info, seed: bulk300Seed },
  { info: noContactsModuleInfo, seed: noContactsModuleSeed },
  { info: largeMatchesInfo, seed: largeMatchesSeed },
  { info: bulk500Info, seed: bulk500Seed },
  { info: hostileInfo, seed: hostileSeed },
];

export function listScenarios(): ScenarioInfo[] {
  return SCENARIOS.map((s) => ({ ...s.info }));
}

export function getScenario(name: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.info.name === name);
  if (!scenario) throw new Error(`Unknown scenario "${name}"; known: ${SCENARIOS.map((s) => s.info.name).join(', ')}`);
  return scenario;
}
