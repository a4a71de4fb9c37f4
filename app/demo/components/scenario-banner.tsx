import type { ScenarioInfo } from '../../host/simulator/simulated-crm-types';

export function ScenarioBanner({ scenario, notice }: { scenario: ScenarioInfo; notice: string | null }) {
  return (
    <section className="scenario-banner" aria-label="About this scenario">
      <div>
        <strong>{scenario.title}</strong>
        <span className="scenario-description">{scenario.description}</span>
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
