import { isCrmError } from '../api/crm-error';
import type { Texts } from '../i18n/en';

/** A sentence a rep understands for a failed read. Conversion errors get their own mapping. */
export function describeReadError(error: unknown, text: Texts): string {
  if (!isCrmError(error)) return text.errors.malformed;
  switch (error.kind) {
    case 'timeout':
      return text.errors.timeout;
    case 'network':
      return text.errors.network;
    case 'rate-limited':
      return text.errors.rateLimited;
    case 'malformed':
      return text.errors.malformed;
    case 'invalid-input':
      return text.errors.invalidInput;
    case 'zoho':
      if (error.code === 'INVALID_DATA' && error.details['resource_path_index'] === 1) return text.errors.notFound;
      if (error.code === 'NO_PERMISSION' || error.httpStatus === 403) return text.errors.noPermission;
      return text.errors.generic(error.message);
  }
}
