import { useEffect } from 'react';

/**
 * Measures how long the panel takes from a snapshot arriving (the worker's receive time) to the panel having
 * rendered it, for the "first render ≤ 100 ms" figure. Kept on `window` so the e2e run can read it; nothing leaves
 * the browser.
 */
declare global {
  interface Window {
    __sigRenderTimings?: { receivedAt: number; renderedAt: number; ms: number }[];
  }
}

export function usePanelRenderTiming(receivedAt: number | null) {
  useEffect(() => {
    if (receivedAt === null || typeof window === 'undefined') return;
    const renderedAt = Date.now();
    (window.__sigRenderTimings ??= []).push({ receivedAt, renderedAt, ms: renderedAt - receivedAt });
  }, [receivedAt]);
}
