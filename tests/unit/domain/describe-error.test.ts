import { describe, expect, it } from 'vitest';
import { CrmError, type CrmErrorInit } from '../../../app/api/crm-error';
import { describeReadError } from '../../../app/domain/describe-error';
import { en } from '../../../app/i18n/en';

const error = (init: Partial<CrmErrorInit>) => new CrmError({ kind: 'zoho', message: 'x', mayHaveExecuted: false, ...init });

describe('describeReadError', () => {
  it.each([
    ['timeout', error({ kind: 'timeout' }), en.errors.timeout],
    ['network', error({ kind: 'network' }), en.errors.network],
    ['429', error({ kind: 'rate-limited', httpStatus: 429 }), en.errors.rateLimited],
    ['malformed body', error({ kind: 'malformed' }), en.errors.malformed],
    ['bad id', error({ kind: 'invalid-input' }), en.errors.invalidInput],
    ['unknown lead', error({ code: 'INVALID_DATA', httpStatus: 400, details: { resource_path_index: 1 } }), en.errors.notFound],
    ['no permission', error({ code: 'NO_PERMISSION', httpStatus: 403 }), en.errors.noPermission],
    ['other Zoho code', error({ code: 'INTERNAL_ERROR', message: 'Internal Server Error', httpStatus: 500 }), 'Zoho CRM answered: Internal Server Error'],
    ['not a CrmError', new TypeError('boom'), en.errors.malformed],
  ])('%s', (_name, input, expected) => {
    expect(describeReadError(input, en)).toBe(expected);
  });
});
