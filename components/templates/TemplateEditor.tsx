import { CategoryOptions } from '../shared/CategoryOptions';
import { useDeferredValue, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isCategory, type Category } from '@/lib/classify/taxonomy';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { createTemplate, saveTemplate, type StoredTemplate, type TemplateResult } from '@/lib/db/templates';
import { builtinById, checkPolicyReport, placeholderProblems, replyMessages, REPLY_LANGS, TEMPLATE_VARS, isReplyLang, type ReplyLang } from '@/lib/replies';
import { HighlightedText } from '../thread/HighlightedText';
import { languageName } from '../thread/language-name';
import { PolicyFindings } from '../thread/PolicyFindings';
import { templateMessages } from './messages';
import { failureText, problemText } from './problem-text';

export type EditorTarget = { mode: 'new'; category: Category; lang: ReplyLang } | { mode: 'edit'; template: StoredTemplate };

const VARIABLE_LIST = TEMPLATE_VARS.map((v) => `{${v}}`).join(', ');

/**
 * Create or edit a template. The policy check and the placeholder check run as the seller types, on the template's
 * own text, so a rule-breaking template is seen before it is ever suggested. A built-in (or its edit) keeps its
 * category and language, as the store requires.
 */
export function TemplateEditor({ target, onDone, onCancel }: { target: EditorTarget; onDone(message: 'saved' | 'created'): void; onCancel(): void }) {
  const { db } = useServices();
  const uiLang = useUi((s) => s.lang);
  const t = useT(templateMessages);
  const tr = useT(replyMessages);
  const initial = target.mode === 'edit' ? target.template : { category: target.category, lang: target.lang, title: '', body: '' };
  const [category, setCategory] = useState<Category>(initial.category);
  const [lang, setLang] = useState<ReplyLang>(initial.lang);
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const id = { heading: useId(), category: useId(), lang: useId(), title: useId(), body: useId(), vars: useId() };

  const kindFixed = target.mode === 'edit' && !!builtinById(target.template.overrides ?? target.template.id);
  const checkedBody = useDeferredValue(body);
  const report = checkPolicyReport(checkedBody);
  const placeholders = placeholderProblems(checkedBody);

  useEffect(() => titleRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const draft = { category, lang, title, body };
      const result: TemplateResult =
        target.mode === 'new' ? await createTemplate(db, draft) : await saveTemplate(db, { ...draft, id: target.template.id });
      if (result.ok) onDone(target.mode === 'new' ? 'created' : 'saved');
      else setError(problemText(t, result.problem));
    } catch (failure) {
      setError(failureText(t, failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card template-editor" aria-labelledby={id.heading} onSubmit={onSubmit} data-testid="template-editor">
      <h3 id={id.heading}>{target.mode === 'new' ? t('editorNew') : t('editorEdit')}</h3>
      <div className="editor-row">
        <label htmlFor={id.category}>{t('fieldCategory')}</label>
        <select
          id={id.category}
          value={category}
          disabled={kindFixed}
          onChange={(e) => isCategory(e.target.value) && setCategory(e.target.value)}
        >
          <CategoryOptions />
        </select>
        <label htmlFor={id.lang}>{t('fieldLang')}</label>
        <select id={id.lang} value={lang} disabled={kindFixed} onChange={(e) => isReplyLang(e.target.value) && setLang(e.target.value)}>
          {REPLY_LANGS.map((l) => (
            <option key={l} value={l}>
              {languageName(l, uiLang) ?? l}
            </option>
          ))}
        </select>
      </div>
      {kindFixed && <p className="muted">{t('kindFixed')}</p>}
      <label htmlFor={id.title}>{t('fieldTitle')}</label>
      <input ref={titleRef} id={id.title} type="text" value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" data-testid="template-title" />
      <label htmlFor={id.body}>{t('fieldBody')}</label>
      <textarea
        id={id.body}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-describedby={id.vars}
        dir="auto"
        lang={lang}
        data-testid="template-body"
      />
      <p id={id.vars} className="muted">
        {t('variables', { list: VARIABLE_LIST })}
      </p>
      {(placeholders.unknown.length > 0 || placeholders.unbalancedSections) && (
        <ul className="notice" data-testid="placeholder-problems">
          {placeholders.unknown.map((name) => (
            <li key={name}>{tr('placeholderUnknown', { name: `{${name}}` })}</li>
          ))}
          {placeholders.unbalancedSections && <li>{tr('placeholderSections')}</li>}
        </ul>
      )}
      <h4>{t('preview')}</h4>
      {report.findings.length === 0 && !report.truncated ? (
        <p className="muted" data-testid="template-policy-clean">
          {tr('policyClean')}
        </p>
      ) : (
        <div data-testid="template-policy">
          <pre className="template-preview" dir="auto" lang={lang} tabIndex={0}>
            <HighlightedText text={checkedBody} findings={report.findings} />
          </pre>
          <PolicyFindings findings={report.findings} truncated={report.truncated} />
        </div>
      )}
      {error && (
        <p className="notice" role="alert" data-testid="template-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving} data-testid="template-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
