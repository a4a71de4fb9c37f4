// Every response parser of the Zoho adapter, fed arbitrary and mutated answers: a typed value or a CrmError,
// never another exception, and every id it hands on is a digit string.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseAt } from '../../../app/host/zoho/parse-at';
import { parseContactRoles } from '../../../app/host/zoho/parse-contact-roles';
import { parseConversionOptions } from '../../../app/host/zoho/parse-conversion-options';
import { parseConvertResult } from '../../../app/host/zoho/parse-convert-result';
import { parseLayouts, parseSingleLayout } from '../../../app/host/zoho/parse-layouts';
import { parseLeadResponse, parseLeadsResponse } from '../../../app/host/zoho/parse-lead';
import { parseMassConvertJob } from '../../../app/host/zoho/parse-mass-convert-job';
import { parseMassConvertStatus } from '../../../app/host/zoho/parse-mass-convert-status';
import { parseModules } from '../../../app/host/zoho/parse-modules';
import { parseOrg } from '../../../app/host/zoho/parse-org';
import { parsePipelines } from '../../../app/host/zoho/parse-pipelines';
import { parseCurrentUser, parseUsers } from '../../../app/host/zoho/parse-users';
import { decodeBody } from '../../../app/host/zoho/transport';
import { expectDigitIds, expectTypedOutcome, hostileValue, mutated, onTheWire, RUNS } from './hostile-json';
import {
  CONVERTED,
  KAIZEN_OPTIONS,
  LAYOUTS_ANSWER,
  LEAD_ANSWER,
  MASS_JOB_ANSWER,
  MASS_STATUS_ANSWER,
  MODULES_ANSWER,
  ORG_ANSWER,
  PIPELINES_ANSWER,
  ROLES_ANSWER,
  SCHEDULED,
  USERS_ANSWER,
} from './valid-payloads';

type Parser = { name: string; parse: (body: unknown) => unknown; valid: unknown[] };

const PARSERS: Parser[] = [
  { name: 'parseLeadResponse', parse: parseLeadResponse, valid: [LEAD_ANSWER] },
  { name: 'parseLeadsResponse', parse: parseLeadsResponse, valid: [LEAD_ANSWER] },
  { name: 'parseConversionOptions', parse: parseConversionOptions, valid: [KAIZEN_OPTIONS] },
  { name: 'parseConvertResult', parse: parseConvertResult, valid: [CONVERTED, SCHEDULED] },
  { name: 'parseLayouts', parse: parseLayouts, valid: [LAYOUTS_ANSWER] },
  { name: 'parseSingleLayout', parse: parseSingleLayout, valid: [LAYOUTS_ANSWER] },
  { name: 'parsePipelines', parse: parsePipelines, valid: [PIPELINES_ANSWER] },
  { name: 'parseUsers', parse: parseUsers, valid: [USERS_ANSWER] },
  { name: 'parseCurrentUser', parse: parseCurrentUser, valid: [USERS_ANSWER] },
  { name: 'parseContactRoles', parse: parseContactRoles, valid: [ROLES_ANSWER] },
  { name: 'parseOrg', parse: parseOrg, valid: [ORG_ANSWER] },
  { name: 'parseModules', parse: parseModules, valid: [MODULES_ANSWER] },
  { name: 'parseMassConvertJob', parse: parseMassConvertJob, valid: [MASS_JOB_ANSWER] },
  { name: 'parseMassConvertStatus', parse: parseMassConvertStatus, valid: [MASS_STATUS_ANSWER] },
];

/** What the adapter really runs: the decoded body through the parser inside parseAt. */
function parsed(parser: Parser, body: unknown): unknown {
  return expectTypedOutcome(() => parseAt(parser.name, () => parser.parse(decodeBody(body))));
}

/** The bare parser, without the parseAt safety net: it must not need it. */
function parsedBare(parser: Parser, body: unknown): unknown {
  return expectTypedOutcome(() => parser.parse(body));
}

describe.each(PARSERS)('$name under fuzzing', (parser) => {
  it('answers arbitrary values with a typed value or a CrmError', () => {
    fc.assert(
      fc.property(hostileValue, (body) => {
        expectDigitIds(parsedBare(parser, body));
        expectDigitIds(parsed(parser, body));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers mutated valid payloads (dropped keys, nulls, wrong types, huge strings, numeric ids) the same way', () => {
    fc.assert(
      fc.property(fc.oneof(...parser.valid.map(mutated)), (body) => {
        expectDigitIds(parsedBare(parser, body));
        expectDigitIds(parsed(parser, onTheWire(body)));
      }),
      { numRuns: RUNS },
    );
  });
});
