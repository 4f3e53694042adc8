import { create } from 'zustand';
import { detectUiLang, type UiLang } from '@/lib/i18n';

export type PanelView = 'page' | 'needsReply' | 'holds' | 'feedback' | 'templates' | 'settings';

/** Panel UI state (not data: data comes from Dexie through useLiveQuery). */
interface UiState {
  lang: UiLang;
  /** The language was fixed for this panel page (?lang=): the stored setting does not override it. */
  langPinned: boolean;
  view: PanelView;
  setLang(lang: UiLang): void;
  pinLang(lang: UiLang): void;
  setView(view: PanelView): void;
}

export const useUi = create<UiState>((set) => ({
  lang: detectUiLang(),
  langPinned: false,
  view: 'page',
  setLang: (lang) => set({ lang }),
  pinLang: (lang) => set({ lang, langPinned: true }),
  setView: (view) => set({ view }),
}));
