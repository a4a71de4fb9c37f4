// The fake Zoho CRM host page: module tabs, Leads list and detail views with the custom button, the
// widget popup, and the org's Contacts, Accounts and Deals so a conversion's effect is visible.
import { useState } from 'react';
import type { ScenarioInfo, SimulatedCrm } from '../host/simulator/simulated-crm-types';
import { LeadDetailView } from './components/lead-detail-view';
import { LeadsListView } from './components/leads-list-view';
import { RecordDetailView } from './components/record-detail-view';
import { RecordListView } from './components/record-list-view';
import { ScenarioBanner } from './components/scenario-banner';
import { SimulatorDrawer } from './components/simulator-drawer';
import { TopBar } from './components/top-bar';
import { writeDemoLocation, type DemoParams } from './demo-params';
import { leadsList, type DemoView } from './demo-view';
import { isModuleName, recordsOf, type ModuleName } from './org/modules';
import { createSnapshotStore, useBaselineIds, useOrgSnapshot } from './org/use-org-snapshot';
import { useSdkServiceWorker } from './service-worker/use-sdk-service-worker';
import { WidgetPopup, type HostCommand, type PageLoad } from './widget/widget-popup';

type DemoAppProps = { crm: SimulatedCrm; scenarios: readonly ScenarioInfo[]; params: DemoParams };
type PopupState = { pageLoad: PageLoad; opening: number };

function initialView(params: DemoParams): DemoView {
  return params.leadId ? { kind: 'detail', module: 'Leads', id: params.leadId } : leadsList;
}

function detailPageLoad(leadId: string): PageLoad {
  return { Entity: 'Leads', EntityId: [leadId], ButtonPosition: 'DetailView' };
}

export function DemoApp({ crm, scenarios, params }: DemoAppProps) {
  const [store] = useState(() => createSnapshotStore(crm));
  const snapshot = useOrgSnapshot(store);
  const [baseline, setBaseline] = useState(snapshot);
  const baselineIds = useBaselineIds(baseline);
  const serviceWorker = useSdkServiceWorker();

  const [scenario, setScenario] = useState(crm.scenario);
  const [view, setView] = useState<DemoView>(() => initialView(params));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [popup, setPopup] = useState<PopupState | null>(() =>
    params.leadId && params.open ? { pageLoad: detailPageLoad(params.leadId), opening: 1 } : null,
  );
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const openWidget = (pageLoad: PageLoad) => setPopup((current) => ({ pageLoad, opening: (current?.opening ?? 0) + 1 }));
  const navigate = (next: DemoView, scenarioName = scenario.name) => {
    setView(next);
    setNotice(null);
    const leadId = next.kind === 'detail' && next.module === 'Leads' ? next.id : null;
    writeDemoLocation({ scenario: scenarioName, leadId });
  };

  const loadScenario = (name: string) => {
    crm.reset(name);
    store.refresh();
    setBaseline(store.getSnapshot());
    setScenario(crm.scenario);
    setSelected(new Set());
    setPopup(null);
    navigate(leadsList, crm.scenario.name);
    setNotice(`Loaded scenario “${crm.scenario.title}”.`);
  };

  const handleCommand = (command: HostCommand) => {
    switch (command.kind) {
      case 'close':
        setPopup(null);
        return;
      case 'close-reload':
        setPopup(null);
        store.refresh();
        setNotice('The widget closed and the page was reloaded.');
        return;
      case 'open-record':
        if (!isModuleName(command.entity)) return;
        if (!command.newTab) setPopup(null);
        store.refresh();
        navigate({ kind: 'detail', module: command.entity, id: command.recordId });
        return;
    }
  };

  const counts: Record<ModuleName, number> = {
    Leads: snapshot.leads.length,
    Contacts: snapshot.contacts.length,
    Accounts: snapshot.accounts.length,
    Deals: snapshot.deals.length,
  };

  const renderView = () => {
    if (view.kind === 'detail') {
      const record = recordsOf(snapshot, view.module).find((candidate) => candidate.id === view.id);
      const back = () => navigate({ kind: 'list', module: view.module, highlightId: view.id });
      if (view.module === 'Leads' && record) {
        return <LeadDetailView lead={record} onBack={back} onConvert={() => openWidget(detailPageLoad(record.id))} />;
      }
      return <RecordDetailView module={view.module} record={record} isNew={!baselineIds.has(view.id)} onBack={back} />;
    }
    if (view.module === 'Leads') {
      return (
        <LeadsListView
          leads={snapshot.leads}
          selected={selected}
          onSelectionChange={setSelected}
          onOpenLead={(id) => navigate({ kind: 'detail', module: 'Leads', id })}
          onConvertSelected={() => openWidget({ Entity: 'Leads', EntityId: [...selected], ButtonPosition: 'ListView' })}
        />
      );
    }
    const module = view.module;
    return (
      <RecordListView
        module={module}
        records={recordsOf(snapshot, module)}
        baselineIds={baselineIds}
        highlightId={view.highlightId}
        onOpen={(id) => navigate({ kind: 'detail', module, id })}
      />
    );
  };

  return (
    <div className="demo-shell">
      <TopBar
        activeModule={view.module}
        counts={counts}
        scenarios={scenarios}
        scenario={scenario.name}
        simulatorOpen={simulatorOpen}
        onModule={(module) => navigate({ kind: 'list', module, highlightId: null })}
        onScenario={loadScenario}
        onReset={() => loadScenario(scenario.name)}
        onToggleSimulator={() => setSimulatorOpen((open) => !open)}
      />
      <div className="demo-body">
        <main className="demo-main">
          <ScenarioBanner scenario={scenario} notice={notice} />
          {renderView()}
        </main>
        {simulatorOpen && <SimulatorDrawer crm={crm} initialLatencyMs={params.latencyMs ?? 0} onClose={() => setSimulatorOpen(false)} />}
      </div>
      {popup && (
        <WidgetPopup
          key={popup.opening}
          crm={crm}
          pageLoad={popup.pageLoad}
          serviceWorker={serviceWorker}
          title="Convert (check duplicates)"
          onCommand={handleCommand}
        />
      )}
    </div>
  );
}
