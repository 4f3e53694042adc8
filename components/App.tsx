import type { ReactNode } from 'react';
import { UI_LANGS, type UiLang } from '@/lib/i18n';
import { NeedsReplyView } from './deadlines/NeedsReplyView';
import { FeedbackView } from './feedback/FeedbackView';
import { HoldsView } from './holds/HoldsView';
import { CurrentPage } from './page/CurrentPage';
import { SettingsView } from './settings/SettingsView';
import { TemplatesView } from './templates/TemplatesView';
import { shellMessages } from './shell/messages';
import { StoreProblemBanner } from './shell/StoreProblemBanner';
import { useNavCounts, useStoredUiLang } from './shell/use-nav-counts';
import { useSelectionArrivals } from './shell/use-selection-arrivals';
import { useUi, type PanelView } from './shell/ui-store';
import { useT } from './shell/use-t';

const LANG_NAMES: Record<UiLang, string> = { en: 'English', ja: '日本語' };

type NavKey = 'navPage' | 'navNeedsReply' | 'navHoldsLabel' | 'navFeedback' | 'navTemplates' | 'navSettings';

/** The views of the panel, in tab order. */
const VIEWS: { id: PanelView; label: NavKey; render: () => ReactNode }[] = [
  { id: 'page', label: 'navPage', render: () => <CurrentPage /> },
  { id: 'needsReply', label: 'navNeedsReply', render: () => <NeedsReplyView /> },
  { id: 'holds', label: 'navHoldsLabel', render: () => <HoldsView /> },
  { id: 'feedback', label: 'navFeedback', render: () => <FeedbackView /> },
  { id: 'templates', label: 'navTemplates', render: () => <TemplatesView /> },
  { id: 'settings', label: 'navSettings', render: () => <SettingsView /> },
];

export function App() {
  const t = useT(shellMessages);
  const { lang, setLang, view, setView } = useUi();
  const counts = useNavCounts();
  useStoredUiLang();
  useSelectionArrivals();
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  return (
    <div className="panel" lang={lang}>
      <header className="panel-header">
        <h1>{t('title')}</h1>
        <label className="lang-switch">
          <span className="visually-hidden">{t('language')}</span>
          <select aria-label={t('language')} value={lang} onChange={(e) => setLang(e.target.value as UiLang)}>
            {UI_LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <nav className="panel-nav" aria-label={t('title')}>
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-current={v.id === current.id ? 'page' : undefined}
            onClick={() => setView(v.id)}
            data-testid={`nav-${v.id}`}
          >
            {t(v.label)}
            {counts[v.id] ? (
              <span className="count" data-testid={`nav-count-${v.id}`}>
                <span className="visually-hidden">: </span>
                {counts[v.id]}
              </span>
            ) : null}
          </button>
        ))}
      </nav>
      <main className="panel-main">
        <StoreProblemBanner />
        {current.render()}
      </main>
    </div>
  );
}
