import { afterEach, describe, expect, it } from 'vitest';
import { SimulatedNetworkError, type SimRequest, type SimResponse } from '../../../app/host/simulator/sim-http';
import { createStandInSdk } from '../../../app/host/simulator/stand-in-sdk/create-stand-in-sdk';
import { createPostMessageBackend } from '../../../app/host/simulator/stand-in-sdk/post-message-backend';
import { serveWidgetFrame } from '../../../app/host/simulator/stand-in-sdk/serve-widget-frame';
import type { UiCall } from '../../../app/host/simulator/stand-in-sdk/stand-in-types';

// jsdom's postMessage sets neither event.source nor event.origin, so two small fake windows stand in
// for the CRM page and the widget iframe; messages are structured-cloned and delivered asynchronously.
type Listener = (event: MessageEvent) => void;
type FakeWindow = {
  origin: string;
  listeners: Set<Listener>;
  posted: string[];
  peer?: FakeWindow;
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
  postMessage(data: unknown, targetOrigin: string): void;
};

function fakeWindow(origin: string): FakeWindow {
  const win: FakeWindow = {
    origin,
    listeners: new Set(),
    posted: [],
    addEventListener: (_type, listener) => win.listeners.add(listener),
    removeEventListener: (_type, listener) => win.listeners.delete(listener),
    postMessage(data, targetOrigin) {
      win.posted.push(targetOrigin);
      const sender = win.peer;
      const event = { data: structuredClone(data), source: sender, origin: sender?.origin } as unknown as MessageEvent;
      setTimeout(() => win.listeners.forEach((listener) => listener(event)), 0);
    },
  };
  return win;
}

const PAGE = { Entity: 'Leads', EntityId: ['4876876000007400001'], ButtonPosition: 'DetailView' };
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function setup(handle: (request: SimRequest) => Promise<SimResponse>) {
  const crmPage = fakeWindow('https://crm.example');
  const widget = fakeWindow('https://widget.example');
  crmPage.peer = widget;
  widget.peer = crmPage;
  const uiCalls: UiCall[] = [];
  const frame = { ownerDocument: { defaultView: crmPage }, contentWindow: widget } as unknown as HTMLIFrameElement;
  dispose = serveWidgetFrame({
    frame,
    crm: { handle },
    pageLoad: PAGE,
    onUi: async (call) => {
      uiCalls.push(call);
      return 'done';
    },
  });
  const backend = createPostMessageBackend({
    self: widget as unknown as Window,
    parent: crmPage as unknown as Window,
    targetOrigin: 'https://crm.example',
  });
  return { backend, crmPage, widget, uiCalls };
}

describe('stand-in SDK over postMessage (serveWidgetFrame ↔ post-message backend)', () => {
  it('answers HTTP requests, UI calls and PageLoad from the page playing CRM', async () => {
    const { backend, crmPage, widget, uiCalls } = setup(async (request) => ({ status: 200, body: { echo: request.path }, headers: {} }));
    await expect(backend.request({ method: 'GET', path: '/crm/v7/org' })).resolves.toEqual({ status: 200, body: { echo: '/crm/v7/org' }, headers: {} });
    await expect(backend.ui({ action: 'Popup.closeReload', data: null })).resolves.toBe('done');
    await expect(backend.pageLoad()).resolves.toEqual(PAGE);
    expect(uiCalls).toEqual([{ action: 'Popup.closeReload', data: null }]);
    expect(crmPage.posted.every((origin) => origin === 'https://crm.example')).toBe(true);
    expect(widget.posted.every((origin) => origin === 'https://widget.example')).toBe(true);
  });

  it('turns a lost answer into a zrc rejection without an HTTP answer', async () => {
    const { backend } = setup(() => Promise.reject(new SimulatedNetworkError('lost after commit', true)));
    const sdk = createStandInSdk(backend, { errorForm: 'raw' });
    await sdk.ZOHO.embeddedApp.init();
    await expect(sdk.zrc?.post('/crm/v7/Leads/1/actions/convert', { data: [{}] })).rejects.toMatchObject({ response: undefined });
  });

  it('never answers when the CRM never answers', async () => {
    const { backend } = setup(() => new Promise(() => {}));
    let settled = false;
    void backend.request({ method: 'GET', path: '/crm/v7/org' }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
  });

  it('ignores messages from other windows and stops answering once disposed', async () => {
    const { backend, crmPage } = setup(async () => ({ status: 200, body: {}, headers: {} }));
    const stranger = fakeWindow('https://evil.example');
    stranger.peer = stranger;
    const event = { data: { channel: 'lead-convert/stand-in-sdk/v1', type: 'request', id: 1, kind: 'page-load' }, source: stranger, origin: stranger.origin };
    crmPage.listeners.forEach((listener) => listener(event as unknown as MessageEvent));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stranger.posted).toEqual([]);

    dispose?.();
    let settled = false;
    void backend.pageLoad().finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
  });
});
