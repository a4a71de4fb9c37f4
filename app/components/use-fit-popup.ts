import { useEffect, type RefObject } from 'react';
import type { CrmHost } from '../api/crm-host';
import { popupHeightFor, worthResizing } from '../domain/popup-height';

/** Content settles over a few frames (data, lazy chunks); one resize after it stops moving is enough. */
const DEBOUNCE_MS = 150;

/**
 * Asks CRM to size the popup to the widget's content (height clamped, width kept at the popup's own), once
 * the content stops changing. Resizing the popup does not change the content's height (the content is not
 * sized by the viewport), and repeats of the same height are not sent, so this cannot call itself in a loop.
 */
export function useFitPopup(host: CrmHost, content: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = content.current;
    // jsdom (component tests) has no ResizeObserver; nothing to fit there.
    if (!element || typeof ResizeObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastHeight: number | null = null;
    const fit = () => {
      const height = popupHeightFor(element.getBoundingClientRect().height);
      if (!worthResizing(height, lastHeight)) return;
      lastHeight = height;
      // A popup that keeps its size is only cosmetic: a refused resize must not disturb the rep.
      host.resize({ width: window.innerWidth, height }).catch(() => undefined);
    };
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(fit, DEBOUNCE_MS);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [host, content]);
}
