// The error mappers and untrusted-input readers, fed arbitrary bodies, statuses, rejections and PageLoads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmError, isCrmError, type CrmErrorKind } from '../../../app/api/crm-error';
import type { LeadConverter } from '../../../app/api/crm-host';
import { duplicateOf, errorField } from '../../../app/domain/convert-error-details';
import { describeReadError } from '../../../app/domain/describe-error';
import { explainConvertError } from '../../../app/domain/explain-convert-error';
import { inferHttpStatus } from '../../../app/host/zoho/infer-status';
import { pageContextFrom } from '../../../app/host/zoho/page-context';
import { checkedId } from '../../../app/host/zoho/record-id';
import { decodeBody } from '../../../app/host/zoho/transport';
import { errorFromResponse } from '../../../app/host/zoho/zoho-error';
import { httpAnswerFromRejection } from '../../../app/host/zoho/zrc-rejection';
import { en } from '../../../app/i18n/en';
import { convertErrorText } from '../../../app/i18n/en-convert-failure';
import { kaizenContext } from '../../support/builders';
import { expectDigitIds, expectTypedOutcome, hostileValue, mutated, nastyString, onTheWire, RUNS, unknownCode } from './hostile-json';
import { CONVERTED } from './valid-payloads';
import { ALREADY_CONVERTED, MAPPING_MISMATCH, TOO_MANY } from '../zoho/zoho-fixtures';

const status = fc.oneof(fc.constantFrom(200, 201, 202, 204, 400, 401, 403, 404, 429, 500, 502, 503), fc.integer({ min: 0, max: 999 }));
const context = fc.record({ operation: fc.constantFrom('getLead', 'convertLead'), idempotent: fc.boolean() });

/** A Zoho error body with any code, message and details, at the root or inside data[]. */
const zohoErrorBody = fc
  .record({ code: unknownCode, message: fc.oneof(nastyString, hostileValue), details: hostileValue, status: fc.constantFrom('error', 'success', null) }, { requiredKeys: [] })
  .chain((error) => fc.constantFrom<unknown>(error, { data: [error] }, { data: [{ status: 'success' }, error] }));

const body = fc.oneof(hostileValue, zohoErrorBody, ...[ALREADY_CONVERTED, MAPPING_MISMATCH, TOO_MANY, CONVERTED].map(mutated));

describe('errorFromResponse under fuzzing', () => {
  it('maps any status and body to null or a CrmError with a string message', () => {
    fc.assert(
      fc.property(status, body, context, (httpStatus, answer, call) => {
        const error = expectTypedOutcome(() => errorFromResponse({ status: httpStatus, body: answer }, call));
        if (error === null) return;
        expect(error).toBeInstanceOf(CrmError);
        expect(typeof (error as CrmError).message).toBe('string');
        if (httpStatus >= 300) expect(error).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('inferHttpStatus under fuzzing', () => {
  it('always answers an HTTP status number', () => {
    fc.assert(
      fc.property(body, (answer) => {
        const inferred = inferHttpStatus(answer);
        expect(Number.isInteger(inferred) && inferred >= 200 && inferred <= 599).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Both documented zrc rejection forms with hostile parts, plus anything at all. */
const rejection = fc.oneof(
  fc.record(
    { name: fc.constantFrom('ApiError', 'API_ERROR', 'TypeError'), message: nastyString, status: fc.oneof(status, hostileValue), details: hostileValue, response: fc.option(fc.record({ status: fc.oneof(status, hostileValue), data: body }, { requiredKeys: [] })) },
    { requiredKeys: [] },
  ),
  fc.record({ error: hostileValue, request: hostileValue, response: fc.oneof(hostileValue, fc.record({ status: fc.oneof(status, hostileValue), data: fc.oneof(body, body.map(onTheWire)) }, { requiredKeys: [] })) }, { requiredKeys: [] }),
  hostileValue,
);

describe('httpAnswerFromRejection under fuzzing', () => {
  it('finds an HTTP answer with a real status, or none, and never throws', () => {
    fc.assert(
      fc.property(rejection, (value) => {
        const answer = httpAnswerFromRejection(value);
        if (answer === null) return;
        expect(Number.isFinite(answer.status) && answer.status >= 100).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('decodes any transport payload without throwing', () => {
    fc.assert(fc.property(fc.oneof(hostileValue, fc.jsonValue().map((value) => JSON.stringify(value))), (data) => void decodeBody(data)), { numRuns: RUNS });
  });
});

const pageLoad = fc.oneof(
  hostileValue,
  fc.record({ Entity: hostileValue, EntityId: fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 4 })), ButtonPosition: hostileValue }, { requiredKeys: [] }),
);

describe('untrusted ids under fuzzing', () => {
  it('PageLoad gives digit-string record ids or an invalid-input CrmError', () => {
    fc.assert(
      fc.property(pageLoad, (data) => {
        const page = expectTypedOutcome(() => pageContextFrom(data));
        expectDigitIds(page);
        if (page) (page as { recordIds: unknown[] }).recordIds.forEach((id) => expect(id).toMatch(/^[0-9]+$/));
      }),
      { numRuns: RUNS },
    );
  });

  it('checkedId lets only digit strings through to a URL path', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const id = expectTypedOutcome(() => checkedId(value, 'getLead'));
        if (id !== undefined) expect(id).toMatch(/^[0-9]+$/);
      }),
      { numRuns: RUNS },
    );
  });
});

const kinds: CrmErrorKind[] = ['zoho', 'rate-limited', 'timeout', 'network', 'malformed', 'invalid-input'];
const detailsWithPaths = fc.oneof(
  fc.dictionary(fc.string(), hostileValue),
  fc.record(
    {
      api_name: fc.oneof(fc.constantFrom('Contacts', 'Accounts', 'Owner', 'assign_to', 'Stage', 'Deal_Name', 'carry_over_tags', '__proto__'), nastyString),
      json_path: fc.oneof(fc.constantFrom('$.data[0].Deals.Stage', '$.data[0].Contacts', '$.data[0].Accounts.id', '$.data[0]', '$.data[0].__proto__', '$.data[0].constructor'), nastyString),
      duplicate_record: fc.oneof(hostileValue, fc.record({ id: hostileValue, module: fc.record({ api_name: fc.constantFrom('Contacts', 'Accounts', 'Deals') }), Owner: hostileValue }, { requiredKeys: [] })),
      resource_path_index: hostileValue,
    },
    { requiredKeys: [] },
  ),
);
const crmError = fc
  .record({
    kind: fc.constantFrom(...kinds),
    code: fc.option(fc.oneof(unknownCode, fc.constantFrom('INVALID_DATA', 'DUPLICATE_DATA', 'MANDATORY_NOT_FOUND', 'MAPPING_MISMATCH', 'NO_PERMISSION'))),
    message: fc.oneof(nastyString, fc.constantFrom('give contact id is mismatched', 'Non subordinate user')),
    httpStatus: fc.option(status),
    details: detailsWithPaths,
    mayHaveExecuted: fc.boolean(),
  })
  .map((init) => new CrmError({ ...init, code: init.code ?? undefined, httpStatus: init.httpStatus ?? undefined }));
const converter: LeadConverter = { Contacts: { id: '4876876000007421001' }, Deals: { Deal_Name: 'D', Closing_Date: '2026-01-31', Stage: 'Qualification' } };

describe('conversion and read error mappers under fuzzing', () => {
  it('explainConvertError gives a known code, a reaction, and only digit-string duplicate ids', () => {
    const ctx = kaizenContext();
    fc.assert(
      fc.property(fc.oneof(crmError, hostileValue), (error) => {
        const explanation = explainConvertError(error, ctx, converter);
        expect(convertErrorText[explanation.code]).toBeDefined();
        expect(typeof explanation.reaction).toBe('string');
        expectDigitIds(explanation);
      }),
      { numRuns: RUNS },
    );
  });

  it('errorField and duplicateOf read any details without throwing', () => {
    const ctx = kaizenContext();
    fc.assert(
      fc.property(detailsWithPaths, (details) => {
        const field = errorField(details, ctx, converter);
        if (field) expect(typeof field.apiName).toBe('string');
        expectDigitIds(duplicateOf(details));
      }),
      { numRuns: RUNS },
    );
  });

  it('describeReadError always gives the rep a non-empty sentence', () => {
    fc.assert(
      fc.property(fc.oneof(crmError, hostileValue), (error) => {
        const sentence = describeReadError(error, en);
        expect(typeof sentence === 'string' && sentence.length > 0).toBe(true);
        if (!isCrmError(error)) expect(sentence).toBe(en.errors.malformed);
      }),
      { numRuns: RUNS },
    );
  });
});
