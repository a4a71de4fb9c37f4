/**
 * Placeholder shaped like what replaces it (the lead summary: name and a row of four fields; then the Contact
 * and Account sections with two option cards each), so the layout does not jump when the data arrives. Each field
 * keeps room for one "matches an existing …" line: the widget is opened to check duplicates, so most leads have some.
 * `summary`: the placeholder stands for the whole screen (no lead yet), so it also carries the level-one heading.
 */
export function LoadingSkeleton({ label, summary = true }: { label: string; summary?: boolean }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      {summary ? <h1 className="visually-hidden">{label}</h1> : <span className="visually-hidden">{label}</span>}
      {summary && (
        <div className="panel skeleton__summary" aria-hidden="true">
          <div className="skeleton__line skeleton__line--name" />
          <div className="skeleton__fields">
            {Array.from({ length: 4 }, (_, index) => (
              <div key={index}>
                <div className="skeleton__line skeleton__line--label" />
                <div className="skeleton__line skeleton__line--value" />
                <div className="skeleton__line skeleton__line--hint" />
              </div>
            ))}
          </div>
        </div>
      )}
      {[0, 1].map((section) => (
        <div key={section} className="panel skeleton__section" aria-hidden="true">
          <div className="skeleton__line skeleton__line--title" />
          <div className="skeleton__line skeleton__line--short" />
          <div className="skeleton__card" />
          <div className="skeleton__card" />
        </div>
      ))}
    </div>
  );
}
