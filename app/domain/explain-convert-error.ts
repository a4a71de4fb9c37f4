import { isCrmError, type CrmError } from '../api/crm-error';
import type { LeadConverter, RecordId } from '../api/crm-host';
import type { ConversionContext } from './conversion-model';
import { duplicateOf, errorField } from './convert-error-details';

/** Every code of zoho-conversion-api.md §3.6 (INVALID_DATA split by what it points at) plus transport cases. */
export type ConvertErrorCode =
  | 'ID_ALREADY_CONVERTED'
  | 'INVALID_DATA_LEAD'
  | 'INVALID_DATA_FIELD'
  | 'INVALID_DATA_CHOSEN_RECORD'
  | 'NON_SUBORDINATE_USER'
  | 'MANDATORY_NOT_FOUND'
  | 'MAPPING_MISMATCH'
  | 'DUPLICATE_DATA'
  | 'RECORD_LOCKED'
  | 'NOT_APPROVED'
  | 'NOT_REVIEWED'
  | 'CANNOT_PERFORM_ACTION'
  | 'NOT_ALLOWED'
  | 'REQUIRED_PARAM_MISSING'
  | 'AUTHORIZATION_FAILED'
  | 'INVALID_REQUEST_METHOD'
  | 'OAUTH_SCOPE_MISMATCH'
  | 'INVALID_TOKEN'
  | 'AUTHENTICATION_FAILURE'
  | 'NO_PERMISSION'
  | 'INVALID_URL_PATTERN'
  | 'INVALID_MODULE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_ERROR'
  | 'LIMIT_EXCEEDED'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'MALFORMED'
  | 'UNKNOWN';

export type ConvertErrorReaction =
  | 'show-duplicate'
  | 'reload-options'
  | 'mark-field'
  | 'show-result'
  | 'retry-after-pause'
  | 'reconcile'
  | 'explain'
  | 'retry';

export type ConvertErrorSection = 'deal' | 'contact' | 'account' | 'owner' | 'tags' | 'attachments';

export type ConvertErrorExplanation = {
  code: ConvertErrorCode;
  reaction: ConvertErrorReaction;
  field: { apiName: string; section: ConvertErrorSection } | null;
  duplicate: { module: 'Contacts' | 'Accounts'; id: RecordId; ownerName: string | null } | null;
  detail: string | null;
};

/**
 * What a failed convert means for the rep and what the screen does next (product brief step 8).
 * Anything that may have run (timeout, lost answer, 5xx, unreadable answer) is reconciled by reading the lead
 * again before any retry: a lead must never be converted twice.
 */
export function explainConvertError(error: unknown, context: ConversionContext, converter: LeadConverter): ConvertErrorExplanation {
  if (!isCrmError(error)) return explain('UNKNOWN', 'reconcile');
  switch (error.kind) {
    case 'rate-limited':
      // 429 is refused before execution (§6), so waiting and sending again is safe.
      return explain('TOO_MANY_REQUESTS', 'retry-after-pause', { detail: error.message });
    case 'timeout':
      return explain('TIMEOUT', 'reconcile');
    case 'network':
      return explain('NETWORK', 'reconcile');
    case 'malformed':
      return explain('MALFORMED', 'reconcile', { detail: error.message });
    case 'invalid-input':
      return explain('UNKNOWN', 'explain', { detail: error.message });
    case 'zoho':
      return explainZoho(error, context, converter);
  }
}

const EXPLAIN_ONLY = new Set<ConvertErrorCode>([
  'RECORD_LOCKED', 'NOT_APPROVED', 'NOT_REVIEWED', 'CANNOT_PERFORM_ACTION', 'NOT_ALLOWED', 'REQUIRED_PARAM_MISSING',
  'AUTHORIZATION_FAILED', 'INVALID_REQUEST_METHOD', 'OAUTH_SCOPE_MISMATCH', 'INVALID_TOKEN', 'AUTHENTICATION_FAILURE',
  'NO_PERMISSION', 'INVALID_URL_PATTERN', 'INVALID_MODULE', 'LIMIT_EXCEEDED',
]);

function explainZoho(error: CrmError, context: ConversionContext, converter: LeadConverter): ConvertErrorExplanation {
  const code = error.code ?? '';
  const detail = error.message;
  const field = errorField(error.details, context, converter);
  switch (code) {
    case 'ID_ALREADY_CONVERTED':
      return explain('ID_ALREADY_CONVERTED', 'show-result', { detail });
    case 'INVALID_DATA':
      return explainInvalidData(error, field);
    case 'MANDATORY_NOT_FOUND':
    case 'MAPPING_MISMATCH':
      return explain(code, field ? 'mark-field' : 'explain', { field, detail });
    case 'DUPLICATE_DATA': {
      const duplicate = duplicateOf(error.details);
      return explain('DUPLICATE_DATA', duplicate ? 'show-duplicate' : 'explain', { field, duplicate, detail });
    }
    case 'TOO_MANY_REQUESTS':
      return explain('TOO_MANY_REQUESTS', 'retry-after-pause', { detail });
    case 'INTERNAL_ERROR':
    case 'INTERNAL_SERVER_ERROR':
      return explain('INTERNAL_ERROR', 'reconcile', { detail });
  }
  if (isExplainOnly(code)) return explain(code, 'explain', { field, detail });
  // An undocumented code: a server fault may have run the conversion; anything else is shown as it came.
  if ((error.httpStatus ?? 0) >= 500 || error.mayHaveExecuted) return explain('INTERNAL_ERROR', 'reconcile', { detail });
  return explain('UNKNOWN', 'explain', { field, detail });
}

function explainInvalidData(error: CrmError, field: ConvertErrorExplanation['field']): ConvertErrorExplanation {
  const detail = error.message;
  // OASY-convert NonSubordinateUser: assign_to names a user outside the caller's hierarchy.
  if (/non subordinate/i.test(error.message)) {
    return explain('NON_SUBORDINATE_USER', 'explain', { field: { apiName: 'assign_to', section: 'owner' }, detail });
  }
  // Kaizen 137: a chosen contact/account that no longer fits the lead is INVALID_DATA; reload the options.
  const mismatched = /give (contact|account) id is mismatched/i.exec(error.message);
  if (mismatched || field?.section === 'contact' || field?.section === 'account') {
    const section = field?.section === 'account' || mismatched?.[1]?.toLowerCase() === 'account' ? 'account' : 'contact';
    const apiName = section === 'account' ? 'Accounts' : 'Contacts';
    return explain('INVALID_DATA_CHOSEN_RECORD', 'reload-options', { field: { apiName, section }, detail });
  }
  if (field) return explain('INVALID_DATA_FIELD', 'mark-field', { field, detail });
  // The root form {resource_path_index: 1}: the lead id itself is unknown (deleted, or no longer visible).
  return explain('INVALID_DATA_LEAD', 'explain', { detail });
}

function isExplainOnly(code: string): code is ConvertErrorCode {
  return EXPLAIN_ONLY.has(code as ConvertErrorCode);
}

function explain(
  code: ConvertErrorCode,
  reaction: ConvertErrorReaction,
  extra: Partial<Pick<ConvertErrorExplanation, 'field' | 'duplicate' | 'detail'>> = {},
): ConvertErrorExplanation {
  return { code, reaction, field: extra.field ?? null, duplicate: extra.duplicate ?? null, detail: extra.detail ?? null };
}
