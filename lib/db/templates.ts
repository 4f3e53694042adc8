/**
 * The seller's reply templates: the builtins (lib/replies/templates, never stored) merged with what the seller
 * stored in the `templates` table:
 * - an edited builtin is an override record: id = the builtin's id, origin 'custom', overrides = the builtin's id;
 * - a hidden (deleted) builtin is an override record with an empty body (the record has no "hidden" field yet);
 * - the seller's own templates: origin 'custom', overrides null, id 'custom:<uuid>'.
 * restoreDefaults drops overrides and hidden markers and keeps the seller's own templates.
 */
import { CATEGORIES, isCategory, type Category } from '@/lib/classify/taxonomy';
import { BUILTIN_TEMPLATES, builtinById } from '@/lib/replies/templates';
import { REPLY_LANGS, isReplyLang, type ReplyLang, type ReplyTemplate } from '@/lib/replies/types';
import type { GuardDB } from './db';
import type { TemplateRecord } from './records';

export interface StoredTemplate extends ReplyTemplate {
  /** For an edited builtin: the builtin it replaces (restore brings the builtin back). */
  overrides: string | null;
  /** When the seller last saved it; null for an unedited builtin. */
  updatedAt: number | null;
}

export interface TemplateDraft {
  category: Category;
  lang: ReplyLang;
  title: string;
  body: string;
}

export type TemplateProblem =
  | 'empty_title'
  | 'empty_body'
  | 'title_too_long'
  | 'body_too_long'
  | 'bad_category'
  | 'bad_lang'
  /** An edited builtin keeps its category and language: duplicate it to make a template for another. */
  | 'builtin_kind_fixed'
  | 'not_found';

export type TemplateResult = { ok: true; template: StoredTemplate } | { ok: false; problem: TemplateProblem };

export const MAX_TITLE_CHARS = 200;
export const MAX_BODY_CHARS = 10_000;

const isHiddenMarker = (r: TemplateRecord) => r.overrides !== null && r.body === '';

function fromBuiltin(b: ReplyTemplate): StoredTemplate {
  return { ...b, overrides: null, updatedAt: null };
}

function fromRecord(r: TemplateRecord): StoredTemplate | null {
  if (!isCategory(r.category) || !isReplyLang(r.lang)) return null; // written by a newer version: kept, not shown
  const base = r.overrides ? builtinById(r.overrides) : undefined;
  // An override keeps its builtin's fit (scam step, FBA/merchant, warranty) so suggestions rank it the same way.
  const fit = base ? { scamStep: base.scamStep, fulfilment: base.fulfilment, afterReturnWindow: base.afterReturnWindow } : {};
  return {
    ...Object.fromEntries(Object.entries(fit).filter(([, v]) => v !== undefined)),
    id: r.id,
    category: r.category,
    lang: r.lang,
    title: r.title,
    body: r.body,
    origin: 'custom',
    overrides: r.overrides,
    updatedAt: r.updatedAt,
  };
}

function sortKey(t: StoredTemplate): [number, number, number, string] {
  const builtinIndex = BUILTIN_TEMPLATES.findIndex((b) => b.id === (t.overrides ?? t.id));
  return [CATEGORIES.indexOf(t.category), REPLY_LANGS.indexOf(t.lang), builtinIndex === -1 ? Infinity : builtinIndex, t.title];
}

function compare(a: StoredTemplate, b: StoredTemplate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] === kb[2] ? 0 : ka[2] < kb[2] ? -1 : 1) || ka[3].localeCompare(kb[3]);
}

/** Every template the seller can use: builtins (edited ones as edited, hidden ones left out) and their own. */
export async function listTemplates(db: GuardDB): Promise<StoredTemplate[]> {
  const records = await db.templates.toArray();
  const overrides = new Map(records.filter((r) => r.overrides).map((r) => [r.overrides!, r]));
  const builtins = BUILTIN_TEMPLATES.flatMap((b) => {
    const r = overrides.get(b.id);
    if (!r) return [fromBuiltin(b)];
    if (isHiddenMarker(r)) return [];
    const t = fromRecord(r);
    return t ? [t] : [fromBuiltin(b)];
  });
  const own = records.filter((r) => !r.overrides).flatMap((r) => fromRecord(r) ?? []);
  return [...builtins, ...own].sort(compare);
}

function validate(d: TemplateDraft): TemplateProblem | null {
  if (!isCategory(d.category)) return 'bad_category';
  if (!isReplyLang(d.lang)) return 'bad_lang';
  if (typeof d.title !== 'string' || !d.title.trim()) return 'empty_title';
  if (typeof d.body !== 'string' || !d.body.trim()) return 'empty_body';
  if (d.title.trim().length > MAX_TITLE_CHARS) return 'title_too_long';
  if (d.body.length > MAX_BODY_CHARS) return 'body_too_long';
  return null;
}

async function put(db: GuardDB, record: TemplateRecord): Promise<TemplateResult> {
  await db.templates.put(record);
  return { ok: true, template: fromRecord(record)! };
}

/** A new template of the seller's own. */
export async function createTemplate(db: GuardDB, draft: TemplateDraft): Promise<TemplateResult> {
  const problem = validate(draft);
  if (problem) return { ok: false, problem };
  return put(db, {
    id: `custom:${crypto.randomUUID()}`,
    category: draft.category,
    lang: draft.lang,
    title: draft.title.trim(),
    body: draft.body,
    origin: 'custom',
    overrides: null,
    updatedAt: Date.now(),
  });
}

/** Save an edit. Editing a builtin (or its earlier edit) stores an override that restoreDefaults can drop. */
export async function saveTemplate(db: GuardDB, template: TemplateDraft & { id: string }): Promise<TemplateResult> {
  const problem = validate(template);
  if (problem) return { ok: false, problem };
  const builtin = builtinById(template.id);
  if (builtin) {
    if (builtin.category !== template.category || builtin.lang !== template.lang) return { ok: false, problem: 'builtin_kind_fixed' };
    return put(db, {
      id: builtin.id,
      category: builtin.category,
      lang: builtin.lang,
      title: template.title.trim(),
      body: template.body,
      origin: 'custom',
      overrides: builtin.id,
      updatedAt: Date.now(),
    });
  }
  const existing = await db.templates.get(template.id);
  if (!existing || existing.overrides) return { ok: false, problem: 'not_found' };
  return put(db, { ...existing, category: template.category, lang: template.lang, title: template.title.trim(), body: template.body, updatedAt: Date.now() });
}

/** A copy of any listed template as a template of the seller's own (default title: "<title> (copy)"). */
export async function duplicateTemplate(db: GuardDB, id: string, title?: string): Promise<TemplateResult> {
  const source = (await listTemplates(db)).find((t) => t.id === id);
  if (!source) return { ok: false, problem: 'not_found' };
  return createTemplate(db, { category: source.category, lang: source.lang, title: title ?? `${source.title} (copy)`, body: source.body });
}

/**
 * Delete a template. The seller's own is removed; a builtin (edited or not) is hidden until restoreDefaults.
 * Returns false when there was nothing to delete.
 */
export async function deleteTemplate(db: GuardDB, id: string): Promise<boolean> {
  const builtin = builtinById(id);
  if (builtin) {
    const existing = await db.templates.get(id);
    if (existing && isHiddenMarker(existing)) return false;
    await db.templates.put({
      id: builtin.id,
      category: builtin.category,
      lang: builtin.lang,
      title: '',
      body: '',
      origin: 'custom',
      overrides: builtin.id,
      updatedAt: Date.now(),
    });
    return true;
  }
  const existing = await db.templates.get(id);
  if (!existing) return false;
  await db.templates.delete(id);
  return true;
}

/** Bring one builtin back as shipped (drop its edit or hidden marker). */
export async function restoreDefault(db: GuardDB, builtinId: string): Promise<boolean> {
  const existing = await db.templates.get(builtinId);
  if (!existing?.overrides) return false;
  await db.templates.delete(builtinId);
  return true;
}

/** Bring every builtin back as shipped; the seller's own templates stay. Returns how many records were dropped. */
export async function restoreDefaults(db: GuardDB): Promise<number> {
  return db.templates.filter((r) => r.overrides !== null).delete();
}
