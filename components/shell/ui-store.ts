import { create } from 'zustand';
import { detectUiLang, type UiLang } from '@/lib/i18n';

export type PanelView = 'page' | 'needsReply' | 'holds' | 'feedback' | 'templates' | 'settings';

/** Panel UI state (not data: data comes from Dexie through useLiveQuery). */
interface UiState {
  lang: UiLang;
  view: PanelView;
  setLang(lang: UiLang): void;
  setView(view: PanelView): void;
}

export const useUi = create<UiState>((set) => ({
  lang: detectUiLang(),
  view: 'page',
  setLang: (lang) => set({ lang }),
  setView: (view) => set({ view }),
}));
