// Tolerant readers for Zoho JSON: Zoho omits keys, sends nulls, and sometimes numbers where ids belong.
import { CrmError } from '../../api/crm-error';
import type { NameId, RecordId } from '../../api/crm-host';

export type JsonObject = Record<string, unknown>;

const DIGITS = /^[0-9]{1,20}$/;

export function isDigitId(value: unknown): value is RecordId {
  return typeof value === 'string' && DIGITS.test(value);
}

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function readString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Ids are digit strings; a number is accepted only while it is still exact (≤ 2^53). */
export function readId(value: unknown): RecordId | null {
  if (isDigitId(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

export function readBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function readNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function readNameId(value: unknown): NameId | null {
  const object = asObject(value);
  const id = readId(object?.id);
  if (!object || id === null) return null;
  return { id, name: readString(object.name) ?? '' };
}

/**
 * A short, printable rendering of an untrusted value for an error message. Never throws (JSON.stringify does
 * for a BigInt or a cycle, String() does for a null-prototype object) and never carries a 10,000-character id.
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function malformed(message: string): CrmError {
  return new CrmError({ kind: 'malformed', message, mayHaveExecuted: false });
}

/** The value as an object, or a malformed error naming what was expected. */
export function requireObject(value: unknown, what: string): JsonObject {
  const object = asObject(value);
  if (!object) throw malformed(`Zoho answered without ${what}`);
  return object;
}

export function requireId(value: unknown, what: string): RecordId {
  const id = readId(value);
  if (id === null) throw malformed(`Zoho answered with ${what} that is not a record id`);
  return id;
}

/**
 * The records of a list answer `{ [key]: [...] }`. An empty body (204) is an empty list; a body without the
 * list, or an entry that is not an object, is malformed.
 */
export function readListAnswer(body: unknown, key: string, what: { list: string; item: string }): JsonObject[] {
  if (body === undefined) return [];
  const list = requireObject(body, what.list)[key];
  if (!Array.isArray(list)) throw malformed(`Zoho answered without ${what.list}`);
  return list.map((item) => requireObject(item, what.item));
}
