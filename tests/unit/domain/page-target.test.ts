import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../app/api/crm-host';
import { MAX_BULK_LEADS, pageTarget } from '../../../app/domain/page-target';

const page = (overrides: Partial<PageContext>): PageContext => ({ entity: 'Leads', recordIds: [], buttonPosition: 'DetailView', ...overrides });
const ids = (n: number) => Array.from({ length: n }, (_, i) => String(4876876000007400000 + i));

describe('pageTarget', () => {
  it.each([
    ['detail button, one lead', page({ recordIds: ['111'] }), { kind: 'single', leadId: '111' }],
    ['list view with one selected lead', page({ recordIds: ['222'], buttonPosition: 'ListView' }), { kind: 'single', leadId: '222' }],
    ['list view with three leads', page({ recordIds: ['1', '2', '3'], buttonPosition: 'ListView' }), { kind: 'bulk', leadIds: ['1', '2', '3'] }],
    ['another module', page({ entity: 'Contacts', recordIds: ['1'] }), { kind: 'unsupported', reason: 'not-leads', entity: 'Contacts', count: 1 }],
    ['no entity at all', page({ entity: null }), { kind: 'unsupported', reason: 'not-leads', entity: null, count: 0 }],
    ['empty selection', page({ recordIds: [], buttonPosition: 'ListViewWithoutRecord' }), { kind: 'unsupported', reason: 'no-selection', entity: 'Leads', count: 0 }],
  ])('%s', (_name, context, expected) => {
    expect(pageTarget(context)).toEqual(expected);
  });

  it('accepts the bulk maximum and refuses one more', () => {
    expect(pageTarget(page({ recordIds: ids(MAX_BULK_LEADS) })).kind).toBe('bulk');
    expect(pageTarget(page({ recordIds: ids(MAX_BULK_LEADS + 1) }))).toMatchObject({ kind: 'unsupported', reason: 'too-many', count: 501 });
  });
});
