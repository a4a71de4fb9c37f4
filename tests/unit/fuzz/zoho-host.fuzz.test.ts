// The whole adapter (zrc transport → send → error mapping → parser) under hostile answers and hostile ids:
// every call resolves with a typed value or rejects with a CrmError, and no untrusted id reaches a request.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCrmError } from '../../../app/api/crm-error';
import type { CrmHost } from '../../../app/api/crm-host';
import { createZohoCrmHost } from '../../../app/host/zoho/zoho-crm-host';
import { createConnectionTransport } from '../../../app/host/zoho/connection-transport';
import { createZrcTransport } from '../../../app/host/zoho/zrc-transport';
import { fakeTransport, recordingUi } from '../zoho/fake-transport';
import { expectDigitIds, hostileValue, mutated, nastyString, onTheWire, RUNS } from './hostile-json';
import { CONVERTED, KAIZEN_OPTIONS, LEAD_ANSWER, MASS_STATUS_ANSWER, MODULES_ANSWER, USERS_ANSWER } from './valid-payloads';

const ID = '4876876000007400001';
type Call = (host: CrmHost, id: string) => Promise<unknown>;

const CALLS: [string, Call][] = [
  ['getLead', (host, id) => host.getLead(id)],
  ['getLeads', (host, id) => host.getLeads([id])],
  ['getConversionOptions', (host, id) => host.getConversionOptions(id)],
  ['convertLead', (host, id) => host.convertLead(id, { overwrite: true })],
  ['massConvert', (host, id) => host.massConvert({ ids: [id] })],
  ['getMassConvertStatus', (host, id) => host.getMassConvertStatus(id)],
  ['getLayout', (host, id) => host.getLayout('Deals', id)],
  ['getPipelines', (host, id) => host.getPipelines(id)],
  ['getActiveUsers', (host) => host.getActiveUsers()],
  ['getCurrentUser', (host) => host.getCurrentUser()],
  ['getOrg', (host) => host.getOrg()],
  ['getModules', (host) => host.getModules()],
  ['getContactRoles', (host) => host.getContactRoles()],
  ['openRecord', (host, id) => host.openRecord({ module: 'Contacts', id })],
];

const call = fc.constantFrom(...CALLS);
const answerBody = fc.oneof(hostileValue, ...[LEAD_ANSWER, KAIZEN_OPTIONS, CONVERTED, USERS_ANSWER, MODULES_ANSWER, MASS_STATUS_ANSWER].map(mutated));

/** What a fake zrc does with one call: resolve or reject with any shape, or not even return a promise. */
const zrcBehaviour = fc.oneof(
  fc.record({ resolve: fc.oneof(hostileValue, fc.record({ status: fc.oneof(fc.integer({ min: 0, max: 999 }), hostileValue), data: answerBody }, { requiredKeys: [] })) }),
  fc.record({ reject: fc.oneof(hostileValue, fc.record({ name: fc.constant('ApiError'), message: nastyString, status: fc.integer({ min: 100, max: 599 }), details: answerBody }), fc.record({ error: hostileValue, response: fc.record({ status: fc.integer({ min: 0, max: 599 }), data: answerBody }) })) }),
  fc.constant({ noPromise: true }),
);

function fakeZrc(behaviour: { resolve?: unknown; reject?: unknown; noPromise?: boolean }): ZohoZrc {
  const answer = () => {
    if (behaviour.noPromise) return undefined as unknown as Promise<unknown>;
    return 'reject' in behaviour ? Promise.reject(behaviour.reject) : Promise.resolve(behaviour.resolve);
  };
  return { get: answer, post: answer, put: answer, patch: answer, delete: answer } as unknown as ZohoZrc;
}

async function settle(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (!isCrmError(error)) throw new Error(`rejected with something other than a CrmError: ${String(error)}`);
    return undefined;
  }
}

describe('the Zoho adapter under fuzzing', () => {
  it('resolves with digit ids or rejects with a CrmError, whatever the transport answers', async () => {
    await fc.assert(
      fc.asyncProperty(call, fc.integer({ min: 0, max: 999 }), answerBody, async ([, run], status, body) => {
        const { transport } = fakeTransport(() => ({ status, body }));
        const host = createZohoCrmHost(transport, recordingUi().ui);
        expectDigitIds(await settle(() => run(host, ID)));
      }),
      { numRuns: RUNS },
    );
  });

  it('does the same over zrc, whatever zrc resolves or rejects with', async () => {
    await fc.assert(
      fc.asyncProperty(call, zrcBehaviour, async ([, run], behaviour) => {
        const host = createZohoCrmHost(createZrcTransport(fakeZrc(behaviour)), recordingUi().ui);
        expectDigitIds(await settle(() => run(host, ID)));
      }),
      { numRuns: RUNS },
    );
  });

  it('does the same over CONNECTION.invoke, whatever the connection answers', async () => {
    const invokeAnswer = fc.oneof(
      hostileValue,
      answerBody.map((body) => ({ code: 'SUCCESS', status: 'success', details: { statusMessage: body } })),
      answerBody.map((body) => ({ code: 'SUCCESS', status: 'success', details: { statusMessage: onTheWire(body) } })),
    );
    await fc.assert(
      fc.asyncProperty(call, invokeAnswer, fc.boolean(), async ([, run], answer, rejects) => {
        const invoke = () => (rejects ? Promise.reject(answer) : Promise.resolve(answer));
        const sdk = { CRM: { CONNECTION: { invoke } } } as unknown as ZohoSdk;
        const transport = createConnectionTransport(sdk, { connectionName: 'leadconvert_crm', apiDomain: () => Promise.resolve('https://www.zohoapis.com') });
        const host = createZohoCrmHost(transport, recordingUi().ui);
        expectDigitIds(await settle(() => run(host, ID)));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses an id that is not a digit string before any request or UI call is made', async () => {
    const notAnId = fc.oneof(nastyString, hostileValue).filter((value) => !(typeof value === 'string' && /^[0-9]{1,20}$/.test(value)));
    await fc.assert(
      fc.asyncProperty(call.filter(([name]) => !['getActiveUsers', 'getCurrentUser', 'getOrg', 'getModules', 'getContactRoles'].includes(name)), notAnId, async ([name, run], id) => {
        const { transport, requests } = fakeTransport(() => ({ status: 200, body: LEAD_ANSWER }));
        const { ui, calls } = recordingUi();
        const host = createZohoCrmHost(transport, ui);
        await expect(run(host, id as string), name).rejects.toMatchObject({ kind: 'invalid-input' });
        expect(requests).toEqual([]);
        expect(calls).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
