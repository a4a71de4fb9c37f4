import type { DroppedChoice } from '../domain/restore-draft';
import { useText } from '../i18n/use-text';

/** After a reload: which of the rep's saved choices could not be kept, and why. */
export function DraftNotice({ dropped }: { dropped: DroppedChoice[] }) {
  const text = useText().draft;
  if (dropped.length === 0) return null;
  return (
    <section className="panel panel--notice" role="status" aria-label={text.droppedTitle}>
      <h2 className="panel__title">{text.droppedTitle}</h2>
      {dropped.map((choice) => (
        <p key={choice.kind}>{text.dropped(choice.kind)}</p>
      ))}
    </section>
  );
}
