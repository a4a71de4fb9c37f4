// URL parameters of the demo page (used by people sharing links and by the browser tests):
//   ?scenario=kaizen-137   which simulated org to load
//   &lead=<id>             open that lead's detail page
//   &open=1                also press "Convert (check duplicates)" on it
//   &latency=400           simulated per-request latency in ms
//   &locale=de_DE          the signed-in user's locale (the widget's language, dates and money)
export type DemoParams = {
  scenario: string | null;
  leadId: string | null;
  open: boolean;
  latencyMs: number | null;
  locale: string | null;
};

export function readDemoParams(search: string): DemoParams {
  const params = new URLSearchParams(search);
  const latency = Number(params.get('latency'));
  return {
    scenario: params.get('scenario') || null,
    leadId: params.get('lead') || null,
    open: params.get('open') === '1',
    latencyMs: params.has('latency') && Number.isFinite(latency) && latency >= 0 ? latency : null,
    locale: params.get('locale') || null,
  };
}

/** Keeps the address bar on the scenario and the open lead, so a reload or a shared link shows the same page. */
export function writeDemoLocation(location: { scenario: string; leadId: string | null }): void {
  const url = new URL(window.location.href);
  const locale = url.searchParams.get('locale');
  const params = new URLSearchParams({ scenario: location.scenario });
  if (locale) params.set('locale', locale);
  if (location.leadId) params.set('lead', location.leadId);
  url.search = params.toString();
  window.history.replaceState(null, '', url);
}
