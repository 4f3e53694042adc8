import { createContext, useContext, type ReactNode } from 'react';
import type { GuardDB } from '@/lib/db/db';
import type { InsertMode, InsertResult } from '@/lib/messaging/protocol';
import type { StoreProblem } from '@/lib/extension/store-problem';
import type { TabState } from '@/lib/extension/tab-state';

/**
 * Everything the panel needs from the outside world, behind one interface: the extension passes browser-backed
 * implementations (entrypoints/sidepanel), component tests pass fakes. Components never call browser APIs directly.
 */
export interface PanelServices {
  db: GuardDB;
  /** The tab the panel follows (null: none yet). */
  tabId: number | null;
  /** Current state of that tab and a subscription to its changes. */
  loadTabState(): Promise<TabState | null>;
  subscribeTabState(listener: (state: TabState | null) => void): () => void;
  /** Ask the page to put text into its reply box (never sends). */
  insertReply(text: string, mode: InsertMode): Promise<InsertResult>;
  copyToClipboard(text: string): Promise<boolean>;
  /** Open a Seller Central URL (e.g. a thread from the "needs reply" list). */
  openUrl(url: string): void;
  /** The last write the store refused (quota…), live; optional so test fakes may leave it out. */
  subscribeStoreProblem?(listener: (problem: StoreProblem | null) => void): () => void;
  /** Text the seller chose "Classify selected text" on, if any (taken: a second call returns null). */
  takeManualText?(): Promise<string | null>;
  /** Called whenever new selected text is waiting for this panel's tab while the panel is open. */
  subscribeManualText?(listener: () => void): () => void;
  now(): number;
}

const ServicesContext = createContext<PanelServices | null>(null);

export function ServicesProvider({ services, children }: { services: PanelServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PanelServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
