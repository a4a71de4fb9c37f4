import type { RequestLogEntry } from '../../host/simulator/simulated-crm-types';

const MAX_ROWS = 200;

function statusText(entry: RequestLogEntry): string {
  if (entry.status !== undefined) return String(entry.status);
  return entry.outcome === 'hung' ? 'no answer' : entry.outcome;
}

function statusClass(entry: RequestLogEntry): string {
  if (entry.status === undefined) return 'status-lost';
  if (entry.status >= 400) return 'status-error';
  return 'status-ok';
}

/** "/crm/v7/Leads/4876876000007400001/__conversion_options" → "/Leads/…0001/__conversion_options". */
function shortPath(path: string): string {
  return path.replace(/^\/crm\/v\d+/, '').replace(/\d{9,}/g, (id) => `…${id.slice(-4)}`);
}

export function RequestLog({ entries }: { entries: readonly RequestLogEntry[] }) {
  if (entries.length === 0) return <p className="muted">No requests yet. Open the widget to see its calls here.</p>;
  const recent = entries.slice(-MAX_ROWS).reverse();
  return (
    <div className="log-scroll">
      <table className="log-table" aria-label="Request log">
        <thead>
          <tr>
            <th className="col-seq">#</th>
            <th className="col-method">Method</th>
            <th>Path</th>
            <th className="col-status">Status</th>
            <th className="col-credits">Credits</th>
          </tr>
        </thead>
        <tbody>
          {recent.map((entry) => (
            <tr key={entry.seq}>
              <td className="muted">{entry.seq}</td>
              <td>{entry.method}</td>
              <td title={entry.path}>
                {shortPath(entry.path)}
              </td>
              <td className={statusClass(entry)} title={entry.fault ? `Injected fault: ${entry.fault}` : undefined}>
                {statusText(entry)}
                {entry.fault && <span className="fault-mark"> ⚡</span>}
              </td>
              <td>{entry.credits}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
