import { CrmError, isCrmError } from '../../api/crm-error';
import { describeFailure } from './describe-failure';

/** Runs a parser so that nothing but a CrmError naming the operation can escape (never a TypeError). */
export function parseAt<T>(operation: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isCrmError(error)) {
      throw new CrmError({
        kind: error.kind,
        message: `${operation}: ${error.message}`,
        code: error.code,
        httpStatus: error.httpStatus,
        details: error.details,
        mayHaveExecuted: error.mayHaveExecuted,
        operation: error.operation ?? operation,
      });
    }
    throw new CrmError({
      kind: 'malformed',
      operation,
      message: `${operation}: Zoho's answer does not have the documented shape (${describeFailure(error)})`,
      mayHaveExecuted: false,
    });
  }
}
