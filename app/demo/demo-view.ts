import type { ModuleName } from './org/modules';

/** Which page of the fake CRM is showing. */
export type DemoView =
  | { kind: 'list'; module: ModuleName; highlightId: string | null }
  | { kind: 'detail'; module: ModuleName; id: string };

export const leadsList: DemoView = { kind: 'list', module: 'Leads', highlightId: null };
