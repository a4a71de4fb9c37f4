import type { ReactNode } from 'react';

export function NoticePanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel panel--notice" aria-labelledby="notice-title">
      <h1 id="notice-title" className="panel__title">
        {title}
      </h1>
      {children}
    </section>
  );
}
