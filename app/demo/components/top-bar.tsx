import type { ScenarioInfo } from '../../host/simulator/simulated-crm-types';
import { MODULES, type ModuleName } from '../org/modules';

type TopBarProps = {
  activeModule: ModuleName;
  counts: Record<ModuleName, number>;
  scenarios: readonly ScenarioInfo[];
  scenario: string;
  simulatorOpen: boolean;
  onModule(module: ModuleName): void;
  onScenario(name: string): void;
  onReset(): void;
  onToggleSimulator(): void;
};

export function TopBar(props: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">Z</span>
        <span className="brand-name">CRM</span>
      </div>
      <nav className="module-tabs" aria-label="Modules">
        {MODULES.map((module) => (
          <button
            key={module}
            type="button"
            className="module-tab"
            aria-current={module === props.activeModule ? 'page' : undefined}
            onClick={() => props.onModule(module)}
          >
            {module} <span className="tab-count">{props.counts[module]}</span>
          </button>
        ))}
      </nav>
      <div className="top-bar-tools">
        <label className="scenario-picker">
          <span>Scenario</span>
          <select value={props.scenario} onChange={(event) => props.onScenario(event.target.value)}>
            {props.scenarios.map((scenario) => (
              <option key={scenario.name} value={scenario.name}>
                {scenario.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-dark" onClick={props.onReset}>
          Reset
        </button>
        <button type="button" className="button button-dark" aria-expanded={props.simulatorOpen} aria-controls="simulator-drawer" onClick={props.onToggleSimulator}>
          Simulator
        </button>
      </div>
    </header>
  );
}
