/** A labelled progress bar (role="progressbar" with aria-valuenow/max) and its visible "label done / total" text. */
export function ProgressBar({ label, text, value, max }: { label: string; text: string; value: number; max: number }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="bulk-progress">
      <p className="bulk-progress__text">{text}</p>
      <div
        className="bulk-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
        aria-valuetext={text}
      >
        <div className="bulk-progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
