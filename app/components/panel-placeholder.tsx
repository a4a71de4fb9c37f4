/**
 * Stands in for a panel whose code is still on its way: the same panel box with a title and, when the panel has
 * them, rows of fields, so the page below does not jump when it arrives.
 */
export function PanelPlaceholder({ fields = 0, rows = 0 }: { fields?: number; rows?: number }) {
  return (
    <div className="panel" aria-hidden="true">
      <div className="skeleton__line skeleton__line--title" style={fields + rows === 0 ? { marginBottom: 0 } : undefined} />
      {fields > 0 && (
        <div className="deal-section__skeleton">
          {Array.from({ length: fields }, (_, index) => (
            <div key={index} className="skeleton__field">
              <div className="skeleton__line skeleton__line--short" />
              <div className="skeleton__line skeleton__line--input" />
            </div>
          ))}
        </div>
      )}
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton__line skeleton__line--short" />
      ))}
    </div>
  );
}
