/** Placeholder shaped like the lead summary and match panel, so the layout does not jump when data arrives. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="panel skeleton__panel" aria-hidden="true">
        <div className="skeleton__line skeleton__line--title" />
        <div className="skeleton__line" />
        <div className="skeleton__line skeleton__line--short" />
      </div>
      <div className="panel skeleton__panel" aria-hidden="true">
        <div className="skeleton__line" />
        <div className="skeleton__line skeleton__line--short" />
      </div>
    </div>
  );
}
