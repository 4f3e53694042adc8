import { CategoryOptions } from '../shared/CategoryOptions';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { CATEGORIES, isCategory, type Category } from '@/lib/classify/taxonomy';
import { deleteTemplate, duplicateTemplate, listTemplates, restoreDefault, restoreDefaults, type StoredTemplate } from '@/lib/db/templates';
import { BUILTIN_TEMPLATES, REPLY_LANGS, isReplyLang, toReplyLang, type ReplyLang, type ReplyTemplate } from '@/lib/replies';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { useCategoryName } from '../shared/category-names';
import { languageName } from '../thread/language-name';
import { templateMessages } from './messages';
import { failureText, problemText } from './problem-text';
import { TemplateEditor, type EditorTarget } from './TemplateEditor';
import { TemplateRow, type RowAction } from './TemplateRow';

type Filter<T> = T | 'all';

/** Templates in category order, then language order (the store already sorts them so). */
function grouped<T extends ReplyTemplate>(templates: readonly T[]): { category: Category; langs: { lang: ReplyLang; items: T[] }[] }[] {
  return CATEGORIES.flatMap((category) => {
    const inCategory = templates.filter((t) => t.category === category);
    const langs = REPLY_LANGS.map((lang) => ({ lang, items: inCategory.filter((t) => t.lang === lang) })).filter((g) => g.items.length > 0);
    return langs.length > 0 ? [{ category, langs }] : [];
  });
}

/**
 * The seller's reply templates: browse by category and language, edit, create, duplicate, delete (a built-in is
 * hidden, not lost), restore one default or all of them. The list is live (Dexie): what is saved here is what the
 * thread assistant suggests.
 */
export function TemplatesView() {
  const { db } = useServices();
  const uiLang = useUi((s) => s.lang);
  const t = useT(templateMessages);
  const categoryName = useCategoryName();
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const [category, setCategory] = useState<Filter<Category>>('all');
  const [lang, setLang] = useState<Filter<ReplyLang>>('all');
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirmRestoreAll, setConfirmRestoreAll] = useState(false);
  const id = { heading: useId(), category: useId(), lang: useId(), hidden: useId() };

  const say = (message: string) => {
    setError('');
    setStatus(message);
  };
  const fail = (message: string) => {
    setStatus('');
    setError(message);
  };

  /** Run a store call; a thrown failure (storage full …) becomes a sentence instead of an unhandled rejection. */
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (failure) {
      fail(failureText(t, failure));
    }
  };

  const onAction = (action: RowAction, template: StoredTemplate) =>
    attempt(async () => {
      switch (action) {
        case 'edit':
          setEditor({ mode: 'edit', template });
          setStatus('');
          return;
        case 'duplicate': {
          const result = await duplicateTemplate(db, template.id, t('copyTitle', { title: template.title }));
          if (!result.ok) return fail(problemText(t, result.problem));
          say(t('duplicated', { title: result.template.title }));
          setEditor({ mode: 'edit', template: result.template });
          return;
        }
        case 'delete': {
          const own = template.origin === 'custom' && !template.overrides;
          const done = await deleteTemplate(db, template.id);
          if (editor?.mode === 'edit' && editor.template.id === template.id) setEditor(null);
          return done ? say(own ? t('deleted') : t('hidden')) : fail(problemText(t, 'not_found'));
        }
        case 'restore':
          return (await restoreDefault(db, template.overrides ?? template.id)) ? say(t('restored')) : say(t('nothingToRestore'));
      }
    });

  const matches = (x: ReplyTemplate) => (category === 'all' || x.category === category) && (lang === 'all' || x.lang === lang);
  const shown = (templates ?? []).filter(matches);
  // A hidden built-in is one the store no longer lists (its edit keeps the built-in's id, so edits are not counted).
  const listedIds = new Set((templates ?? []).map((x) => x.id));
  const hidden = templates ? BUILTIN_TEMPLATES.filter((b) => !listedIds.has(b.id) && matches(b)) : [];

  const newTarget = (): EditorTarget => ({
    mode: 'new',
    category: category === 'all' ? 'other' : category,
    lang: lang === 'all' ? (toReplyLang(uiLang) ?? 'en') : lang,
  });

  return (
    <section className="templates-view" aria-labelledby={id.heading} data-testid="templates-view">
      <div className="card">
        <h2 id={id.heading} className="card-title">
          {t('title')}
        </h2>
        <p className="muted">{t('intro')}</p>
        <div className="template-filters">
          <label htmlFor={id.category}>{t('filterCategory')}</label>
          <select id={id.category} value={category} onChange={(e) => setCategory(isCategory(e.target.value) ? e.target.value : 'all')}>
            <option value="all">{t('all')}</option>
            <CategoryOptions />
          </select>
          <label htmlFor={id.lang}>{t('filterLang')}</label>
          <select id={id.lang} value={lang} onChange={(e) => setLang(isReplyLang(e.target.value) ? e.target.value : 'all')}>
            <option value="all">{t('all')}</option>
            {REPLY_LANGS.map((l) => (
              <option key={l} value={l}>
                {languageName(l, uiLang) ?? l}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => setEditor(newTarget())} data-testid="template-new">
            {t('newTemplate')}
          </button>
          {!confirmRestoreAll && (
            <button type="button" onClick={() => setConfirmRestoreAll(true)} data-testid="template-restore-all">
              {t('restoreAll')}
            </button>
          )}
        </div>
        {confirmRestoreAll && (
          <div className="confirm" role="group" aria-label={t('restoreAll')}>
            <p>{t('confirmRestoreAll')}</p>
            <div className="actions">
              <button
                type="button"
                autoFocus
                data-testid="template-restore-all-confirm"
                onClick={() => {
                  setConfirmRestoreAll(false);
                  void attempt(async () => {
                    const count = await restoreDefaults(db);
                    setEditor(null);
                    say(count > 0 ? t('restoredAll', { count }) : t('nothingToRestore'));
                  });
                }}
              >
                {t('confirmRestoreAllButton')}
              </button>
              <button type="button" onClick={() => setConfirmRestoreAll(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        )}
        <p className="status-line" role="status" data-testid="templates-status">
          {status}
        </p>
        {error && (
          <p className="notice" role="alert" data-testid="templates-error">
            {error}
          </p>
        )}
      </div>

      {editor && (
        <TemplateEditor
          key={editor.mode === 'edit' ? editor.template.id : 'new'}
          target={editor}
          onDone={(message) => {
            setEditor(null);
            say(t(message));
          }}
          onCancel={() => setEditor(null)}
        />
      )}

      {templates === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : shown.length === 0 ? (
        <p className="card">{t('none')}</p>
      ) : (
        <div className="card">
          <p className="muted">{t('count', { count: shown.length })}</p>
          {grouped(shown).map((group) => (
            <section key={group.category} className="template-group" data-testid={`template-group-${group.category}`}>
              <h3>{categoryName(group.category)}</h3>
              {group.langs.map(({ lang: l, items }) => (
                <div key={l}>
                  <h4>{languageName(l, uiLang) ?? l}</h4>
                  <ul className="template-list">
                    {items.map((item) => (
                      <TemplateRow key={item.id} template={item} onAction={onAction} />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}

      {hidden.length > 0 && (
        <section className="card" aria-labelledby={id.hidden} data-testid="hidden-templates">
          <h3 id={id.hidden}>{t('hiddenTitle')}</h3>
          <ul className="template-list">
            {hidden.map((b) => (
              <li key={b.id} className="template-row">
                <span dir="auto" lang={b.lang}>
                  {b.title}
                </span>{' '}
                <span className="muted">({languageName(b.lang, uiLang) ?? b.lang})</span>{' '}
                <button
                  type="button"
                  aria-label={t('restoreNamed', { title: b.title })}
                  onClick={() => void attempt(async () => ((await restoreDefault(db, b.id)) ? say(t('restored')) : say(t('nothingToRestore'))))}
                >
                  {t('restore')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
