import { useText } from '../i18n/use-text';

export function ErrorPanel({ title, message, onRetry }: { title?: string; message: string; onRetry?: () => void }) {
  const text = useText();
  return (
    <section className="panel panel--error" role="alert">
      <h2 className="panel__title">{title ?? text.errorTitle}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </section>
  );
}
