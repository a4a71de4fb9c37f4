import { useText } from '../i18n/use-text';

export function BootFailure({ detail }: { detail: string }) {
  const text = useText();
  return (
    <main className="widget">
      <section className="panel panel--error" role="alert">
        <h1 className="panel__title">{text.bootFailed}</h1>
        <p>{text.bootFailedHint}</p>
        <p className="panel__detail">{detail}</p>
      </section>
    </main>
  );
}
