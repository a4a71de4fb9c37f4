/**
 * A readable, short text for whatever a transport or SDK call threw. Never throws itself: String() does for a
 * null-prototype object or one whose toString throws, and this runs inside catch blocks that must end in a CrmError.
 */
export function describeFailure(error: unknown): string {
  let text: string;
  try {
    if (error instanceof Error) text = error.message;
    else if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') text = error.message;
    else text = String(error);
  } catch {
    text = typeof error;
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
