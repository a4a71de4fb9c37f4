// The CRM-style popup that hosts the production widget in an iframe, wired to the simulated CRM through
// the stand-in SDK's host side. Mounted once per opening (the parent keys it), so each opening is a
// fresh widget page load, as in CRM.
import { useEffect, useRef, useState } from 'react';
import type { SimulatedCrm } from '../../host/simulator/simulated-crm-types';
import { serveWidgetFrame } from '../../host/simulator/stand-in-sdk/serve-widget-frame';
import type { ServiceWorkerStatus } from '../service-worker/use-sdk-service-worker';
import { parseUiCall, popupDimension, type UiCommand } from './widget-ui-call';
import { useViewportSize } from './use-viewport-size';

export type PageLoad = { Entity: string; EntityId: string[]; ButtonPosition: string };
export type HostCommand = Exclude<UiCommand, { kind: 'resize' } | { kind: 'unknown' }>;

export const WIDGET_FRAME_TITLE = 'Lead Convert widget';
const DEFAULT_SIZE = { width: 900, height: 640 };
const VIEWPORT_MARGIN = 32;
const HEADER_HEIGHT = 44;

type WidgetPopupProps = {
  crm: SimulatedCrm;
  pageLoad: PageLoad;
  serviceWorker: ServiceWorkerStatus;
  title: string;
  onCommand(command: HostCommand): void;
};

function widgetUrl(): string {
  return `/widget/widget.html?serviceOrigin=${encodeURIComponent(window.location.origin)}`;
}

export function WidgetPopup({ crm, pageLoad, serviceWorker, title, onCommand }: WidgetPopupProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [requested, setRequested] = useState<{ width: unknown; height: unknown }>(DEFAULT_SIZE);
  const viewport = useViewportSize();
  const onCommandRef = useRef(onCommand);
  useEffect(() => {
    onCommandRef.current = onCommand;
  });

  const ready = serviceWorker.state === 'ready';
  useEffect(() => {
    const frame = frameRef.current;
    if (!ready || !frame) return;
    const stop = serveWidgetFrame({
      frame,
      crm,
      pageLoad,
      onUi(call) {
        const command = parseUiCall(call);
        if (command.kind === 'resize') setRequested({ width: command.width, height: command.height });
        else if (command.kind !== 'unknown') onCommandRef.current(command);
        return Promise.resolve(true);
      },
    });
    // Keyboard users land in the widget, as in CRM's popup.
    const handleLoad = () => frame.focus();
    frame.addEventListener('load', handleLoad, { once: true });
    // The host side listens before the widget page starts loading, so no handshake message is missed.
    frame.src = widgetUrl();
    return () => {
      frame.removeEventListener('load', handleLoad);
      stop();
    };
  }, [ready, crm, pageLoad]);

  const width = popupDimension(requested.width, DEFAULT_SIZE.width, viewport.width - VIEWPORT_MARGIN);
  const height = popupDimension(requested.height, DEFAULT_SIZE.height, viewport.height - VIEWPORT_MARGIN - HEADER_HEIGHT);

  return (
    <div className="popup-overlay">
      <div className="popup" role="dialog" aria-modal="true" aria-label={title} style={{ width }}>
        <header className="popup-header">
          <h2 className="popup-title">{title}</h2>
          <button type="button" className="icon-button" aria-label="Close widget" onClick={() => onCommand({ kind: 'close' })}>
            ×
          </button>
        </header>
        {serviceWorker.state === 'pending' && (
          <p className="popup-status" role="status">
            Preparing the simulated Zoho SDK…
          </p>
        )}
        {serviceWorker.state === 'failed' && (
          <p className="popup-status popup-status-error" role="alert">
            {serviceWorker.message}
          </p>
        )}
        <iframe ref={frameRef} className="popup-frame" title={WIDGET_FRAME_TITLE} style={{ height }} hidden={!ready} />
      </div>
    </div>
  );
}
