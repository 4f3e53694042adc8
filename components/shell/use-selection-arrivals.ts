import { useEffect } from 'react';
import { useServices } from './services';
import { useUi } from './ui-store';

/**
 * "Classify selected text" while the panel is already open: switch to the page view, where manual mode takes the
 * text. Without this an open panel would pick the text up only the next time it opened.
 */
export function useSelectionArrivals(): void {
  const { subscribeManualText } = useServices();
  useEffect(() => subscribeManualText?.(() => useUi.getState().selectionArrived()), [subscribeManualText]);
}
