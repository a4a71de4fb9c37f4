import { describe, expect, it } from 'vitest';
import { isCrmError } from '../../../app/api/crm-error';
import { describeFailure } from '../../../app/host/zoho/describe-failure';
import { createZohoCrmHost } from '../../../app/host/zoho/zoho-crm-host';
import { createZrcTransport } from '../../../app/host/zoho/zrc-transport';
import { recordingUi } from './fake-transport';

describe('describeFailure', () => {
  it.each([
    ['an Error', new Error('boom'), 'boom'],
    ['a message object', { message: 'lost' }, 'lost'],
    ['a string', 'offline', 'offline'],
    ['a null-prototype object', Object.create(null) as object, 'object'],
    ['an object whose toString throws', { toString: () => { throw new Error('no'); } }, 'object'],
  ])('describes %s without throwing', (_label, error, text) => {
    expect(describeFailure(error)).toBe(text);
  });

  it('cuts a huge message short', () => {
    expect(describeFailure(new Error('x'.repeat(10_000))).length).toBeLessThanOrEqual(201);
  });
});

// Found by fuzzing (tests/unit/fuzz/zoho-host.fuzz.test.ts): zrc rejecting with a null-prototype object
// made the adapter's own error handler throw "Cannot convert object to primitive value" instead of a CrmError.
it('a zrc rejection with a null-prototype object becomes a network CrmError', async () => {
  const rejection = Object.assign(Object.create(null) as object, { error: new Map(), response: { status: 0, data: {} } });
  const zrcClient = { get: () => Promise.reject(rejection) } as unknown as ZohoZrc;
  const host = createZohoCrmHost(createZrcTransport(zrcClient), recordingUi().ui);
  const error: unknown = await host.getLead('4876876000007400001').catch((caught: unknown) => caught);
  expect(isCrmError(error)).toBe(true);
  expect(error).toMatchObject({ kind: 'network', operation: 'getLead' });
});
