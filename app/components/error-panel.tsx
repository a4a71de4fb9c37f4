import { useText } from '../i18n/use-text';

type HeadingLevel = 1 | 2 | 3;
const HEADING = { 1: 'h1', 2: 'h2', 3: 'h3' } as const satisfies Record<HeadingLevel, string>;

/**
 * A read that failed, with Try again. `level` places its title in the screen's outline: 1 (the default) when the
 * panel is the whole screen (the lead could not be read, a render failure), 2 under the lead's own heading, 3 inside
 * a section of the form (deal fields, users).
 */
export function ErrorPanel({ title, message, onRetry, level = 1 }: { title?: string; message: string; onRetry?: () => void; level?: HeadingLevel }) {
  const text = useText();
  const Heading = HEADING[level];
  return (
    <section className="panel panel--error" role="alert">
      <Heading className="panel__title">{title ?? text.errorTitle}</Heading>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </section>
  );
}
