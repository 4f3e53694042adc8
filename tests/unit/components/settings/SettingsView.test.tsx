// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileText } from '@/components/shared/read-file';
import { SettingsView } from '@/components/settings/SettingsView';
import { useUi } from '@/components/shell/ui-store';
import { storeFullMessage } from '@/lib/db/errors';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { openThread } from '../deadlines/threads';
import { fakeServices, renderWithServices, TEST_NOW } from '../render';

const labelled = (text: string | RegExp) => screen.getByLabelText(text) as HTMLInputElement;

async function renderSettings(options: Parameters<typeof renderWithServices>[1] = {}) {
  const rendered = renderWithServices(<SettingsView />, options);
  await screen.findByRole('button', { name: options.lang === 'ja' ? '設定を保存' : 'Save settings' });
  return rendered;
}

async function replace(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text) await user.type(input, text);
}

describe('SettingsView', () => {
  it('shows the settings in force', async () => {
    await renderSettings();
    expect(labelled(/Near the deadline/).value).toBe('6');
    expect(labelled(/Keep answered threads/).value).toBe('180');
    expect(labelled(/Flag an ASIN/).value).toBe('3');
    expect(labelled('Any marketplace').value).toBe('6');
    expect(labelled(/Desktop notification when a thread/).checked).toBe(false);
  });

  it('saves valid changes all at once, per-marketplace payment days included', async () => {
    const user = userEvent.setup();
    const { db } = await renderSettings();
    await replace(user, labelled(/Near the deadline/), '4');
    await user.type(labelled(/Seller name/), '  Maple Goods ');
    await user.click(labelled(/Desktop notification when a hold/));
    await user.selectOptions(labelled('Add a marketplace'), 'JP');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await replace(user, labelled('Marketplace JP'), '8');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByTestId('settings-status')).textContent).toBe('Settings saved.');
    const saved = await getSettings(db);
    expect(saved).toMatchObject({ nearWindowHours: 4, sellerName: 'Maple Goods', notifyHolds: true, notifyNearDeadline: false });
    expect(saved.paymentDeadlineDays).toEqual({ default: 6, JP: 8 });
  });

  it('removes a marketplace’s own payment deadline', async () => {
    const user = userEvent.setup();
    const services = { db: fakeServices().db };
    await updateSettings(services.db, { paymentDeadlineDays: { JP: 10 } });
    await renderSettings({ services });
    await user.click(screen.getByRole('button', { name: 'Remove JP' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByTestId('settings-status');
    expect((await getSettings(services.db)).paymentDeadlineDays).toEqual({ default: 6 });
  });

  it('shows the validation error of a bad value and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = await renderSettings();
    await replace(user, labelled(/Near the deadline/), '30');
    await user.type(labelled(/Seller name/), 'Changed');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved\. Near the deadline.*must be a number from 1 to 24 \(got 30\)/);
    expect(labelled(/Near the deadline/).getAttribute('aria-invalid')).toBe('true');
    expect(await getSettings(db)).toMatchObject({ nearWindowHours: 6, sellerName: '' });
  });

  it('refuses an empty number instead of saving 0', async () => {
    const user = userEvent.setup();
    const { db } = await renderSettings();
    await replace(user, labelled(/Keep answered threads/), '');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('must be a whole number from 30 to 3650');
    expect((await getSettings(db)).retentionDays).toBe(180);
  });

  it('switches the panel language and stores it', async () => {
    const user = userEvent.setup();
    const { db } = await renderSettings();
    await user.selectOptions(labelled('Panel language'), 'ja');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('button', { name: '設定を保存' })).toBeTruthy();
    expect(useUi.getState().lang).toBe('ja');
    expect((await getSettings(db)).uiLang).toBe('ja');
    expect(screen.getByRole('heading', { level: 2, name: '設定' })).toBeTruthy();
  });

  it('tells the seller clearly when the storage is full', async () => {
    const user = userEvent.setup();
    const { db } = await renderSettings({ lang: 'ja' });
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    await user.type(labelled(/出品者名/), 'X');
    await user.click(screen.getByRole('button', { name: '設定を保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe(storeFullMessage('ja'));
  });
});

describe('SettingsView export and import', () => {
  let exported: Blob[] = [];
  let downloads: string[] = [];
  beforeEach(() => {
    exported = [];
    downloads = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      exported.push(blob);
      return `blob:test/${exported.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('round-trips all data through a downloaded JSON file into another database', async () => {
    const user = userEvent.setup();
    const source = await renderSettings();
    await act(async () => {
      await source.db.threads.put(openThread({ dueAt: TEST_NOW + 3_600_000, key: 'JP:round-trip' }));
      await updateSettings(source.db, { sellerName: 'Round Trip Shop', nearWindowHours: 3 });
    });
    await user.click(screen.getByRole('button', { name: 'Export all data' }));
    expect(await screen.findByText(/^Saved seller-inbox-guard-2025-03-10\.json: 1 threads/)).toBeTruthy();
    expect(downloads).toEqual(['seller-inbox-guard-2025-03-10.json']);
    const text = await readFileText(exported[0]!);
    expect(JSON.parse(text)).toMatchObject({ format: 'seller-inbox-guard', settings: { sellerName: 'Round Trip Shop' } });
    source.unmount();

    const target = await renderSettings();
    await user.upload(labelled('Import an export file (.json)'), new File([text], 'backup.json', { type: 'application/json' }));
    expect((await screen.findByTestId('data-status')).textContent).toMatch(/^Imported backup\.json: 1 records added or updated, 0 kept/);
    expect(await target.db.threads.get('JP:round-trip')).toBeTruthy();
    expect(await getSettings(target.db)).toMatchObject({ sellerName: 'Round Trip Shop', nearWindowHours: 3 });
    // The form shows the imported settings.
    await waitFor(() => expect(labelled(/Seller name/).value).toBe('Round Trip Shop'));
    expect(labelled(/Near the deadline/).value).toBe('3');
  });

  it('rejects a bad file with a clear message and changes nothing', async () => {
    const user = userEvent.setup();
    const { db } = await renderSettings();
    await act(async () => {
      await db.threads.put(openThread({ dueAt: TEST_NOW, key: 'JP:kept' }));
      await updateSettings(db, { sellerName: 'Before' });
    });
    const input = labelled('Import an export file (.json)');
    await user.upload(input, new File(['{ not json'], 'broken.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Import refused, nothing was changed: The file is not valid JSON/);

    const wrongShape = JSON.stringify({ format: 'seller-inbox-guard', schemaVersion: 2, threads: [{ key: 1 }], templates: [], settings: { sellerName: 'After' }, orders: [], holds: [], feedback: [] });
    await user.upload(input, new File([wrongShape], 'wrong.json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Import refused, nothing was changed: threads\[0\]/));
    expect(await db.threads.count()).toBe(1);
    expect((await getSettings(db)).sellerName).toBe('Before');
  });

  it('reports a refused import in Japanese', async () => {
    const user = userEvent.setup();
    await renderSettings({ lang: 'ja' });
    await user.upload(labelled('エクスポートしたファイル（.json）をインポート'), new File(['[]'], 'list.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^インポートできませんでした（何も変更されていません）：/);
  });
});
