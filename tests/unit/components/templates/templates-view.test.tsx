// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TemplatesView } from '@/components/templates/TemplatesView';
import { GuardDB } from '@/lib/db/db';
import { createTemplate, listTemplates } from '@/lib/db/templates';
import { builtinId } from '@/lib/replies';
import { renderWithServices } from '../render';

const textOf = (el: Element | null) => el?.textContent ?? '';
const THANKS_EN = builtinId('thanks', 'en');
const THANKS_DE = builtinId('thanks', 'de');

async function renderView(options: Parameters<typeof renderWithServices>[1] = {}) {
  const result = renderWithServices(<TemplatesView />, options);
  await screen.findByTestId(`template-${THANKS_EN}`);
  return result;
}

async function filterTo(user: ReturnType<typeof userEvent.setup>, category: string, lang: string) {
  await user.selectOptions(screen.getByLabelText('Category'), category);
  await user.selectOptions(screen.getByLabelText('Language'), lang);
}

describe('Templates view', () => {
  it('lists the templates grouped by category and language, and filters them', async () => {
    const user = userEvent.setup();
    await renderView();
    expect(screen.getByRole('heading', { level: 3, name: 'Thank-you message' })).toBeTruthy();
    expect(screen.getByTestId(`template-${builtinId('cancel_request_message', 'ja')}`)).toBeTruthy();

    await filterTo(user, 'thanks', 'de');
    const rows = screen.getAllByTestId(/^template-(?!group|new|restore)/).filter((el) => el.tagName === 'LI');
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([`template-${THANKS_DE}`]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Thank-you message']);
    expect(screen.getByRole('heading', { level: 4, name: 'German' })).toBeTruthy();
  });

  it('creates a template of the seller\'s own', async () => {
    const user = userEvent.setup();
    const { db } = await renderView();
    await filterTo(user, 'thanks', 'en');
    await user.click(screen.getByTestId('template-new'));
    const editor = screen.getByTestId('template-editor');
    expect((within(editor).getByLabelText('Category') as HTMLSelectElement).value).toBe('thanks');
    await user.type(within(editor).getByLabelText('Title'), 'Short thanks');
    await user.type(within(editor).getByLabelText('Text'), 'Thanks {{buyerName}!');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));

    expect(textOf(await screen.findByTestId('templates-status'))).toBe('Template created.');
    const own = (await listTemplates(db)).filter((t) => t.origin === 'custom' && !t.overrides);
    expect(own.map((t) => [t.category, t.lang, t.title, t.body])).toEqual([['thanks', 'en', 'Short thanks', 'Thanks {buyerName}!']]);
    const row = await screen.findByTestId(`template-${own[0]!.id}`);
    expect(textOf(row)).toContain('Your template');
  });

  it('shows the store\'s problem as text when a template cannot be saved', async () => {
    const user = userEvent.setup();
    await renderView();
    await user.click(screen.getByTestId('template-new'));
    await user.type(screen.getByLabelText('Text'), 'Some text');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(textOf(await screen.findByTestId('template-error'))).toBe('Give the template a title.');
    expect(screen.getByTestId('template-editor')).toBeTruthy();
  });

  it('edits a built-in with a live policy check and placeholder warnings, then restores it', async () => {
    const user = userEvent.setup();
    const { db } = await renderView();
    await filterTo(user, 'thanks', 'en');
    const row = screen.getByTestId(`template-${THANKS_EN}`);
    await user.click(within(row).getByRole('button', { name: /^Edit/ }));

    const editor = screen.getByTestId('template-editor');
    expect((within(editor).getByLabelText('Category') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByTestId('template-policy-clean')).toBeTruthy();
    const body = within(editor).getByLabelText('Text');
    await user.click(body);
    await user.keyboard('{End} Please leave us a 5-star review at www.review-us.example {{bogus}');

    const policy = await screen.findByTestId('template-policy');
    const marks = [...policy.querySelectorAll('pre mark')].map((m) => m.getAttribute('data-rule'));
    expect(marks).toContain('feedback-request');
    expect(marks).toContain('external-link');
    expect(textOf(policy)).toContain('Feedback or review request');
    expect(textOf(policy)).toContain('External link');
    expect(textOf(screen.getByTestId('placeholder-problems'))).toContain('Unknown placeholder {bogus}');

    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(textOf(await screen.findByTestId('templates-status'))).toBe('Saved.');
    const edited = (await listTemplates(db)).find((t) => t.id === THANKS_EN)!;
    expect(edited.overrides).toBe(THANKS_EN);
    expect(edited.body).toContain('5-star review');

    const editedRow = await screen.findByTestId(`template-${THANKS_EN}`);
    await waitFor(() => expect(textOf(editedRow)).toContain('Edited built-in'));
    expect(textOf(editedRow)).toContain('policy problem');
    await user.click(within(editedRow).getByRole('button', { name: /^Restore default/ }));
    await waitFor(async () => expect((await listTemplates(db)).find((t) => t.id === THANKS_EN)!.origin).toBe('builtin'));
    expect(textOf(screen.getByTestId('templates-status'))).toBe('Restored.');
  });

  it('duplicates a template into one of the seller\'s own and opens it for editing', async () => {
    const user = userEvent.setup();
    const { db } = await renderView();
    await filterTo(user, 'thanks', 'de');
    await user.click(within(screen.getByTestId(`template-${THANKS_DE}`)).getByRole('button', { name: /^Duplicate/ }));
    const editor = await screen.findByTestId('template-editor');
    const copies = (await listTemplates(db)).filter((t) => t.id.startsWith('custom:'));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.title.endsWith('(copy)')).toBe(true);
    expect((within(editor).getByLabelText('Title') as HTMLInputElement).value).toBe(copies[0]!.title);
    // A copy is the seller's own: its category and language can change.
    expect((within(editor).getByLabelText('Language') as HTMLSelectElement).disabled).toBe(false);
  });

  it('deletes the seller\'s own template after a confirmation', async () => {
    const user = userEvent.setup();
    const db = new GuardDB(`t-${crypto.randomUUID()}`);
    const made = await createTemplate(db, { category: 'other', lang: 'en', title: 'Mine', body: 'Hello' });
    if (!made.ok) throw new Error('setup');
    await renderView({ services: { db } });
    const row = screen.getByTestId(`template-${made.template.id}`);
    await user.click(within(row).getByRole('button', { name: /^Delete/ }));
    expect(textOf(row)).toContain('This cannot be undone');
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByTestId(`template-${made.template.id}`)).toBeNull());
    expect(await db.templates.get(made.template.id)).toBeUndefined();
    expect(textOf(screen.getByTestId('templates-status'))).toBe('Deleted.');
  });

  it('a deleted built-in is hidden, listed as hidden, and can be brought back', async () => {
    const user = userEvent.setup();
    await renderView();
    await filterTo(user, 'thanks', 'en');
    const row = screen.getByTestId(`template-${THANKS_EN}`);
    await user.click(within(row).getByRole('button', { name: /^Delete/ }));
    expect(textOf(row)).toContain('You can bring it back');
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByTestId(`template-${THANKS_EN}`)).toBeNull());

    const hidden = screen.getByTestId('hidden-templates');
    await user.click(within(hidden).getByRole('button', { name: /^Restore default/ }));
    expect(await screen.findByTestId(`template-${THANKS_EN}`)).toBeTruthy();
  });

  it('restores all defaults after a confirmation, keeping the seller\'s own templates', async () => {
    const user = userEvent.setup();
    const db = new GuardDB(`t-${crypto.randomUUID()}`);
    const own = await createTemplate(db, { category: 'thanks', lang: 'en', title: 'Mine', body: 'Thanks!' });
    await renderView({ services: { db } });
    await filterTo(user, 'thanks', 'en');
    await user.click(within(screen.getByTestId(`template-${THANKS_EN}`)).getByRole('button', { name: /^Delete/ }));
    await user.click(within(screen.getByTestId(`template-${THANKS_EN}`)).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByTestId(`template-${THANKS_EN}`)).toBeNull());

    await user.click(screen.getByTestId('template-restore-all'));
    expect(textOf(screen.getByRole('group', { name: 'Restore all defaults' }))).toContain('your own templates stay');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId(`template-${THANKS_EN}`)).toBeNull();

    await user.click(screen.getByTestId('template-restore-all'));
    await user.click(screen.getByTestId('template-restore-all-confirm'));
    expect(await screen.findByTestId(`template-${THANKS_EN}`)).toBeTruthy();
    expect(textOf(screen.getByTestId('templates-status'))).toBe('Defaults restored (1 changes undone).');
    if (own.ok) expect(screen.getByTestId(`template-${own.template.id}`)).toBeTruthy();
  });

  it('speaks Japanese when the UI is Japanese', async () => {
    await renderView({ lang: 'ja' });
    expect(screen.getByRole('heading', { level: 2, name: '返信テンプレート' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'お礼のメッセージ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'すべて標準に戻す' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4, name: '日本語' }).length).toBeGreaterThan(0);
  });
});
