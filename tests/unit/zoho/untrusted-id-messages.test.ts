// Found by fuzzing (tests/unit/fuzz): the refusal message was built with JSON.stringify, which throws a
// TypeError for a BigInt (PageLoad arrives by postMessage, whose structured clone carries BigInts), so a
// hostile id escaped as a TypeError instead of the invalid-input CrmError.
import { describe, expect, it } from 'vitest';
import { CrmError } from '../../../app/api/crm-error';
import { pageContextFrom } from '../../../app/host/zoho/page-context';
import { checkedId } from '../../../app/host/zoho/record-id';

describe('ids that cannot even be printed are still refused with a CrmError', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;

  it.each([
    ['a BigInt', 0n],
    ['an object holding a BigInt', { '': 0n }],
    ['a cyclic object', cyclic],
    ['a null-prototype object', Object.create(null) as object],
  ])('checkedId refuses %s', (_label, id) => {
    expect(() => checkedId(id, 'getLead')).toThrowError(expect.objectContaining({ kind: 'invalid-input', operation: 'getLead' }));
  });

  it('PageLoad refuses an EntityId holding a BigInt', () => {
    expect(() => pageContextFrom({ EntityId: [{ '': { '': 0n } }] })).toThrowError(CrmError);
  });

  it('keeps the message short for a 10,000-character id', () => {
    let error: unknown;
    try {
      checkedId('9'.repeat(5000) + 'x'.repeat(5000), 'getLead');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CrmError);
    expect((error as CrmError).message.length).toBeLessThan(200);
  });
});
