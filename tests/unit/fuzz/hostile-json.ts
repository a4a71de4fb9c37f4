// Arbitraries for hostile Zoho answers: anything JSON can carry, and valid payloads with a few things broken.
import fc from 'fast-check';
import { isCrmError } from '../../../app/api/crm-error';

/** Runs per property: enough to shake out shape bugs, small enough for CI (the whole fuzz suite stays in seconds). */
export const RUNS = 500;

const HUGE = 'x'.repeat(10_000);

/** Codes and keys that are not Zoho's but are names every JS object already has. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];

export const unknownCode = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES, 'SUCCESS', 'SCHEDULED', 'NOT_A_CODE', '', ' ', HUGE),
  fc.string(),
);

/** Odd strings: markup, scripts, RTL overrides, zero-width characters, huge ones. */
export const nastyString = fc.oneof(
  fc.constantFrom(
    HUGE,
    '<img src=x onerror=alert(1)>',
    '<script>window.__pwned=1</script>',
    'javascript:alert(1)',
    '\u202Egnp.exe',
    'a\u200Bb\u200Dc\uFEFF',
    '12a',
    '-1',
    '1.5',
    '1e3',
    '００１', // full-width digits are not ASCII digits
    '9'.repeat(25),
    'null',
    'undefined',
  ),
  fc.string({ unit: 'binary' }),
);

/** A numeric stand-in for an id: safe, unsafe, negative, fractional or not finite. */
const oddNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(Number('4876876000007400001'), Number.MAX_SAFE_INTEGER + 2, -0, -1, 1.5, Number.NaN, Infinity, -Infinity),
  fc.double(),
);

/** Every JSON value plus the few non-JSON values a structured clone or a buggy proxy can deliver. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: nastyString },
  { weight: 1, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }) },
);

type Mutation =
  | { kind: 'drop' }
  | { kind: 'null' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'huge' }
  | { kind: 'id-as-number' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'drop' }),
  fc.constant<Mutation>({ kind: 'null' }),
  fc.constant<Mutation>({ kind: 'huge' }),
  fc.constant<Mutation>({ kind: 'id-as-number' }),
  hostileValue.map<Mutation>((value) => ({ kind: 'replace', value })),
  unknownCode.map<Mutation>((value) => ({ kind: 'replace', value })),
  fc.constantFrom(true, false, 0, 1, '', [], {}).map<Mutation>((value) => ({ kind: 'replace', value })),
);

/** A valid payload with 1–4 of its values (at any depth) dropped, nulled, retyped, blown up or turned into numbers. */
export function mutated(fixture: unknown): fc.Arbitrary<unknown> {
  return fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }).map((steps) => {
    let value = structuredClone(fixture);
    for (const [pick, step] of steps) value = applyAt(value, pick, step);
    return value;
  });
}

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => paths(item, [...prefix, index]))];
  if (isPlainObject(value)) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  }
  return here;
}

/** Only arrays and plain objects are walked into: an inserted Map, Date or boxed string is a leaf. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function applyAt(root: unknown, pick: number, step: Mutation): unknown {
  const all = paths(root);
  if (all.length === 0) return step.kind === 'replace' ? step.value : root;
  const path = all[pick % all.length]!;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const current = parent[key];
  switch (step.kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'null':
      parent[key] = null;
      break;
    case 'huge':
      parent[key] = typeof current === 'string' ? current.repeat(Math.ceil(10_000 / Math.max(current.length, 1))) : HUGE;
      break;
    case 'id-as-number':
      parent[key] = typeof current === 'string' && /^\d+$/.test(current) ? Number(current) : current;
      break;
    case 'replace':
      parent[key] = step.value;
      break;
  }
  return root;
}

/** What a parser did with its input: a value, a CrmError, or (the bug this suite hunts) anything else thrown. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function outcomeOf(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Fails (with the thrown value in the message) unless the run returned or threw a CrmError. */
export function expectTypedOutcome(run: () => unknown): unknown {
  const outcome = outcomeOf(run);
  if (!outcome.ok && !isCrmError(outcome.error)) {
    throw new Error(`threw something other than a CrmError: ${describe(outcome.error)}`);
  }
  return outcome.ok ? outcome.value : undefined;
}

const ID_KEY = /^(id|[a-z][A-Za-z]*Id)$/;

/**
 * Every id the parsed value carries (keys `id`, `jobId`, `contactId`, …) is a digit string or null.
 * A `fields` object (not a list) is the raw record as Zoho sent it, never an id source, so it is not walked.
 */
export function expectDigitIds(value: unknown, where = '$'): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => expectDigitIds(item, `${where}[${index}]`));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'fields' && !Array.isArray(item)) continue;
    if (ID_KEY.test(key) && item !== null && item !== undefined && typeof item !== 'object') {
      if (typeof item !== 'string' || !/^[0-9]+$/.test(item)) throw new Error(`${where}.${key} is not a digit-string id: ${String(item)}`);
    }
    expectDigitIds(item, `${where}.${key}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error) ?? typeof error;
  } catch {
    return typeof error;
  }
}

/** The value as JSON text, as zrc hands over a body it did not decode; a non-JSON value (BigInt…) stays as it is. */
export function onTheWire(value: unknown): unknown {
  try {
    return JSON.stringify(value) ?? value;
  } catch {
    return value;
  }
}
