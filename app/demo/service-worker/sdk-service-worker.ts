// The demo's service worker: the production widget.html loads Zoho's SDK from the CDN with a classic
// script tag, and the CDN is unreachable offline. This worker answers exactly that URL with the stand-in
// SDK served by the demo server, so the unchanged production build runs against the simulated CRM.
// Built as a classic IIFE (dist/demo/sw.js); the DOM lib has no service-worker types, hence the small
// local ones below.

type FetchEventLike = Event & {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
};
type ExtendableEventLike = Event & { waitUntil(work: Promise<unknown>): void };
type WorkerScope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
};

export const ZOHO_SDK_CDN_URL = 'https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js';
const STAND_IN_PATH = '/stand-in-sdk.js';

const scope = self as unknown as WorkerScope;

// Take over at once: the demo page waits for an active worker before it opens a widget iframe.
scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));

scope.addEventListener('fetch', (event) => {
  if (event.request.url !== ZOHO_SDK_CDN_URL) return;
  const standIn = new URL(STAND_IN_PATH, scope.location.origin);
  event.respondWith(fetch(standIn, { cache: 'no-store' }));
});
