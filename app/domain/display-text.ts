// Record data put inside a sentence is untrusted text. Two things can go wrong:
// - a Unicode direction control (U+202E RIGHT-TO-LEFT OVERRIDE…) left open reverses the rest of the sentence
//   ("…will be linked" shown backwards) and lets a name spoof its neighbour. Wrapping the value in FIRST STRONG
//   ISOLATE … POP DIRECTIONAL ISOLATE confines every control to the value (UAX #9: PDI closes what opened inside);
// - a 10,000-character name buries the words around it, so the value is cut with an ellipsis.

const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Long enough for any real name, company or email; the compare dialog still shows values in full. */
export const MAX_SENTENCE_VALUE = 160;

/** The value as it may appear inside a sentence; plain, reasonably short text is returned unchanged. */
export function displayText(value: string): string {
  const short = value.length > MAX_SENTENCE_VALUE ? `${value.slice(0, MAX_SENTENCE_VALUE)}…` : value;
  return DIRECTION_CONTROL.test(short) ? `\u2068${short}\u2069` : short;
}

/** displayText for every string of a flat data object (and of its string lists), except the keys that are codes. */
export function displayTextFields<T extends Record<string, unknown>>(value: T, codeKeys: readonly string[]): T {
  const entries = Object.entries(value).map(([key, item]) => {
    if (codeKeys.includes(key)) return [key, item];
    if (typeof item === 'string') return [key, displayText(item)];
    if (Array.isArray(item)) return [key, item.map((entry: unknown) => (typeof entry === 'string' ? displayText(entry) : entry))];
    return [key, item];
  });
  return Object.fromEntries(entries) as T;
}
