import { useEffect, useRef, type ReactNode } from 'react';
import './convert-error.css';

type Props = {
  message: string;
  nextStep: string | null;
  /** Extra lines: what changed, which record Zoho found… */
  details?: ReactNode;
  actions?: ReactNode;
  /** False when focus goes to the field the error is about instead. */
  takeFocus?: boolean;
};

/** The outcome of a failed conversion, at the top of the page; the rep's choices stay below it. */
export function ConvertErrorAlert({ message, nextStep, details, actions, takeFocus = true }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message, takeFocus]);
  return (
    <section className="panel panel--error convert-error" role="alert" tabIndex={-1} ref={ref}>
      <p className="convert-error__message">{message}</p>
      {nextStep && <p className="convert-error__next">{nextStep}</p>}
      {details}
      {actions && <div className="convert-error__actions">{actions}</div>}
    </section>
  );
}
