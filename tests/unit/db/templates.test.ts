import { GuardDB } from '@/lib/db/db';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  listTemplates,
  restoreDefault,
  restoreDefaults,
  saveTemplate,
  type TemplateResult,
} from '@/lib/db/templates';
import { BUILTIN_TEMPLATES, builtinId } from '@/lib/replies/templates';
import { suggestReplies } from '@/lib/replies/suggest';

let db: GuardDB;
beforeEach(() => {
  db = new GuardDB('test-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function ok(r: TemplateResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.problem}`);
  return r.template;
}

const THANKS_EN = builtinId('thanks', 'en');
const draft = { category: 'thanks' as const, lang: 'en' as const, title: 'Short thanks', body: 'Thanks, {buyerName}!' };

describe('template store', () => {
  it('lists exactly the builtins on a fresh database', async () => {
    const list = await listTemplates(db);
    expect(list.map((t) => t.id).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort());
    expect(list.every((t) => t.origin === 'builtin' && t.overrides === null)).toBe(true);
  });

  it('creates a template of the seller\'s own, listed after the builtins of its category and language', async () => {
    const created = ok(await createTemplate(db, draft));
    expect(created).toMatchObject({ ...draft, origin: 'custom', overrides: null });
    expect(created.id).toMatch(/^custom:/);
    const list = await listTemplates(db);
    const thanksEn = list.filter((t) => t.category === 'thanks' && t.lang === 'en').map((t) => t.id);
    expect(thanksEn).toEqual([THANKS_EN, created.id]);
  });

  it('rejects an empty title or body, a bad category or language, with a reason', async () => {
    expect(await createTemplate(db, { ...draft, title: '  ' })).toEqual({ ok: false, problem: 'empty_title' });
    expect(await createTemplate(db, { ...draft, body: '\n' })).toEqual({ ok: false, problem: 'empty_body' });
    expect(await createTemplate(db, { ...draft, category: 'nope' as never })).toEqual({ ok: false, problem: 'bad_category' });
    expect(await createTemplate(db, { ...draft, lang: 'nl' as never })).toEqual({ ok: false, problem: 'bad_lang' });
    expect(await createTemplate(db, { ...draft, body: 'x'.repeat(20_000) })).toEqual({ ok: false, problem: 'body_too_long' });
    expect(await db.templates.count()).toBe(0);
  });

  it('edits the seller\'s own template', async () => {
    const created = ok(await createTemplate(db, draft));
    ok(await saveTemplate(db, { ...draft, id: created.id, body: 'Many thanks!' }));
    expect((await listTemplates(db)).find((t) => t.id === created.id)?.body).toBe('Many thanks!');
    expect(await saveTemplate(db, { ...draft, id: 'custom:unknown' })).toEqual({ ok: false, problem: 'not_found' });
  });

  it('stores an edited builtin as an override in its place, keeping its fit', async () => {
    const scam1 = builtinId('address_change.scam1', 'de');
    const builtin = BUILTIN_TEMPLATES.find((t) => t.id === scam1)!;
    const saved = ok(await saveTemplate(db, { id: scam1, category: builtin.category, lang: builtin.lang, title: 'Meine Antwort 1', body: 'Adresse kann nicht geändert werden.' }));
    expect(saved).toMatchObject({ id: scam1, origin: 'custom', overrides: scam1, scamStep: 1 });
    const list = await listTemplates(db);
    expect(list.filter((t) => t.id === scam1)).toHaveLength(1);
    expect(list.find((t) => t.id === scam1)?.title).toBe('Meine Antwort 1');
    // The edit is what the panel suggests, still in the scam reply's place.
    const r = suggestReplies({ category: 'address_change', scam: true, buyerLang: 'de', uiLang: 'ja', library: list }, {});
    expect(r[0]!.text).toBe('Adresse kann nicht geändert werden.');
  });

  it('keeps a builtin\'s category and language fixed', async () => {
    expect(await saveTemplate(db, { ...draft, id: THANKS_EN, lang: 'fr' })).toEqual({ ok: false, problem: 'builtin_kind_fixed' });
  });

  it('duplicates any template as the seller\'s own', async () => {
    const copy = ok(await duplicateTemplate(db, THANKS_EN));
    const builtin = BUILTIN_TEMPLATES.find((t) => t.id === THANKS_EN)!;
    expect(copy).toMatchObject({ category: 'thanks', lang: 'en', body: builtin.body, title: `${builtin.title} (copy)`, origin: 'custom', overrides: null });
    expect(ok(await duplicateTemplate(db, copy.id, 'Second')).title).toBe('Second');
    expect(await duplicateTemplate(db, 'missing')).toEqual({ ok: false, problem: 'not_found' });
  });

  it('deletes the seller\'s own and hides a builtin', async () => {
    const created = ok(await createTemplate(db, draft));
    expect(await deleteTemplate(db, created.id)).toBe(true);
    expect(await deleteTemplate(db, created.id)).toBe(false);
    expect(await deleteTemplate(db, THANKS_EN)).toBe(true);
    expect(await deleteTemplate(db, THANKS_EN)).toBe(false);
    const ids = (await listTemplates(db)).map((t) => t.id);
    expect(ids).not.toContain(created.id);
    expect(ids).not.toContain(THANKS_EN);
    expect(ids).toHaveLength(BUILTIN_TEMPLATES.length - 1);
  });

  it('restores one builtin or all of them, keeping the seller\'s own templates', async () => {
    const own = ok(await createTemplate(db, draft));
    const fr = builtinId('other', 'fr');
    ok(await saveTemplate(db, { id: fr, category: 'other', lang: 'fr', title: 'Modifié', body: 'Bonjour !' }));
    await deleteTemplate(db, THANKS_EN);

    expect(await restoreDefault(db, fr)).toBe(true);
    expect((await listTemplates(db)).find((t) => t.id === fr)?.origin).toBe('builtin');

    ok(await saveTemplate(db, { id: fr, category: 'other', lang: 'fr', title: 'Modifié', body: 'Bonjour !' }));
    expect(await restoreDefaults(db)).toBe(2);
    const list = await listTemplates(db);
    expect(list.filter((t) => t.origin === 'builtin')).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(list.find((t) => t.id === fr)?.body).toBe(BUILTIN_TEMPLATES.find((t) => t.id === fr)!.body);
    expect(list.map((t) => t.id)).toContain(own.id);
  });

  it('skips stored records it cannot read (written by a newer version) without losing them', async () => {
    await db.templates.put({ id: 'custom:future', category: 'future_category', lang: 'en', title: 't', body: 'b', origin: 'custom', overrides: null, updatedAt: 1 });
    expect((await listTemplates(db)).map((t) => t.id)).not.toContain('custom:future');
    expect(await db.templates.get('custom:future')).toBeDefined();
  });
});
