import { useBulkText } from '../../i18n/use-bulk-text';

export const PAGE_SIZE = 50;

/** Previous / next over pages of PAGE_SIZE rows; hidden when everything fits on one page. */
export function Pager({ page, total, onPage }: { page: number; total: number; onPage(page: number): void }) {
  const text = useBulkText();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : page * PAGE_SIZE + 1;
  const to = Math.min(total, (page + 1) * PAGE_SIZE);
  return (
    <nav className="bulk-pager" aria-label={text.pagerLabel}>
      <span className="bulk-pager__range">{text.showingRows(from, to, total)}</span>
      {pages > 1 && (
        <>
          <button type="button" className="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {text.previous}
          </button>
          <span aria-current="page">{text.pageOf(page + 1, pages)}</span>
          <button type="button" className="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            {text.next}
          </button>
        </>
      )}
    </nav>
  );
}
