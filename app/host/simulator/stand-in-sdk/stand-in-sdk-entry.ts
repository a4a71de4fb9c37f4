// Built as a classic IIFE script and served in place of
// https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js. Like the real script it defines the
// globals synchronously, before the widget's module script runs, and talks to window.parent.
// Query flags of the widget page, for exercising the adapter's fallbacks:
//   ?sdk=no-zrc              no zrc global (an SDK older than 1.5) → CONNECTION.invoke
//   ?sdkErrors=raw           zrc rejects with the raw {error, request, response} form instead of ApiError
//   ?sdkConnectionBody=string  CONNECTION.invoke hands over statusMessage as a JSON string
import { installStandInSdk } from './install-stand-in-sdk';
import { createPostMessageBackend } from './post-message-backend';

const query = new URLSearchParams(window.location.search);
// Like the SDK: post only to the origin CRM declared; without it, the page's own origin.
const targetOrigin = query.get('serviceOrigin') ?? (window.location.origin === 'null' ? '*' : window.location.origin);

installStandInSdk(createPostMessageBackend({ self: window, parent: window.parent, targetOrigin }), {
  target: window,
  withZrc: query.get('sdk') !== 'no-zrc',
  errorForm: query.get('sdkErrors') === 'raw' ? 'raw' : 'api-error',
  connectionBody: query.get('sdkConnectionBody') === 'string' ? 'string' : 'object',
});
