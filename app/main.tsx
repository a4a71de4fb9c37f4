import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { BootFailure } from './components/boot-failure';
import { connectZohoHost } from './host/zoho/connect-zoho-host';
import { createQueryClient } from './query-client';
import { startReads } from './screens/start-reads';
import './styles.css';

// The SDK handshake happens once, outside React, so StrictMode's double mount cannot register PageLoad twice.
const container = document.getElementById('root');
if (!container) throw new Error('widget.html has no #root element');
const root = createRoot(container);

connectZohoHost().then(
  ({ host, page }) => {
    const queryClient = createQueryClient();
    // The CRM reads go out now, before React renders anything.
    startReads(queryClient, host, page);
    root.render(
      <StrictMode>
        <App host={host} page={page} queryClient={queryClient} />
      </StrictMode>,
    );
  },
  (error: unknown) => root.render(<BootFailure detail={error instanceof Error ? error.message : String(error)} />),
);
