import { create } from 'zustand';
import { detectUiLang, type UiLang } from '@/lib/i18n';

export type PanelView = 'page' | 'needsReply' | 'holds' | 'feedback' | 'templates' | 'settings';

/** Panel UI state (not data: data comes from Dexie through useLiveQuery). */
interface UiState {
  lang: UiLang;
  /** The language was fixed for this panel page (?lang=): the stored setting does not override it. */
  langPinned: boolean;
  view: PanelView;
  /**
   * How many times selected text arrived ("Classify selected text") while the panel was open: manual mode takes the
   * text again whenever this changes, not only when it mounts.
   */
  selectionArrivals: number;
  setLang(lang: UiLang): void;
  pinLang(lang: UiLang): void;
  setView(view: PanelView): void;
  /** Selected text is waiting: show the page view, where manual mode takes it. */
  selectionArrived(): void;
}

export const useUi = create<UiState>((set) => ({
  lang: detectUiLang(),
  langPinned: false,
  view: 'page',
  selectionArrivals: 0,
  setLang: (lang) => set({ lang }),
  pinLang: (lang) => set({ lang, langPinned: true }),
  setView: (view) => set({ view }),
  selectionArrived: () => set((s) => ({ view: 'page', selectionArrivals: s.selectionArrivals + 1 })),
}));
