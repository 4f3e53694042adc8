import { GuardDB } from '@/lib/db/db';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/lib/db/settings';
import { freshDb } from './helpers';

describe('settings', () => {
  it('start from the defaults of the brief', async () => {
    expect(await getSettings(freshDb())).toEqual({
      nearWindowHours: 6,
      notifyNearDeadline: false,
      retentionDays: 180,
      uiLang: null,
      sellerName: '',
      paymentDeadlineDays: { default: 6 },
      holdMinPendingOrders: 3,
      holdWindowHours: 48,
      notifyHolds: false,
    });
  });

  it('store a valid change and return the settings in force', async () => {
    const db = freshDb();
    const result = await updateSettings(db, { nearWindowHours: 4, uiLang: 'ja', sellerName: '  Tanaka Shoten  ' });
    expect(result).toMatchObject({ ok: true, settings: { nearWindowHours: 4, uiLang: 'ja', sellerName: 'Tanaka Shoten' } });
    expect(await getSettings(db)).toMatchObject({ nearWindowHours: 4, uiLang: 'ja', retentionDays: 180 });
  });

  it('merge payment deadlines per marketplace, and null removes one', async () => {
    const db = freshDb();
    await updateSettings(db, { paymentDeadlineDays: { JP: 10 } });
    await updateSettings(db, { paymentDeadlineDays: { default: 7, US: 3 } });
    expect((await getSettings(db)).paymentDeadlineDays).toEqual({ default: 7, JP: 10, US: 3 });
    await updateSettings(db, { paymentDeadlineDays: { JP: null } });
    expect((await getSettings(db)).paymentDeadlineDays).toEqual({ default: 7, US: 3 });
  });

  it.each([
    [{ nearWindowHours: 0 }, 'nearWindowHours', 'from 1 to 24'],
    [{ nearWindowHours: Number.NaN }, 'nearWindowHours', 'not a finite number'],
    [{ retentionDays: 7 }, 'retentionDays', 'from 30 to 3650'],
    [{ retentionDays: 90.5 }, 'retentionDays', 'whole number'],
    [{ uiLang: 'fr' }, 'uiLang', 'one of null, "en", "ja"'],
    [{ notifyHolds: 'yes' }, 'notifyHolds', 'true or false'],
    [{ sellerName: 'x'.repeat(101) }, 'sellerName', 'at most 100'],
    [{ paymentDeadlineDays: { XX: 5 } }, 'paymentDeadlineDays', 'unknown marketplace "XX"'],
    [{ paymentDeadlineDays: { JP: 0 } }, 'paymentDeadlineDays', '.JP must be a whole number from 1 to 30'],
    [{ paymentDeadlineDays: { default: null } }, 'paymentDeadlineDays', 'keep a "default"'],
    [{ colour: 'blue' }, 'colour', 'not a known setting'],
  ])('refuse %j, naming the field and the reason, and store nothing', async (patch, field, reason) => {
    const db = freshDb();
    const result = await updateSettings(db, { notifyNearDeadline: true, ...(patch as object) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    expect(result.error).toContain(reason);
    expect(await db.settings.count()).toBe(0);
  });

  it('fall back to the default for a stored value this version cannot read', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'nearWindowHours', value: 'six' },
      { key: 'retentionDays', value: 365 },
    ]);
    expect(await getSettings(db)).toMatchObject({ nearWindowHours: 6, retentionDays: 365 });
  });

  it('two tabs changing different settings at once keep both changes', async () => {
    const name = 't-' + crypto.randomUUID();
    await Promise.all([
      updateSettings(new GuardDB(name), { nearWindowHours: 3 }),
      updateSettings(new GuardDB(name), { retentionDays: 400 }),
      updateSettings(new GuardDB(name), { paymentDeadlineDays: { JP: 12 } }),
      updateSettings(new GuardDB(name), { paymentDeadlineDays: { US: 2 } }),
    ]);
    expect(await getSettings(new GuardDB(name))).toMatchObject({
      ...DEFAULT_SETTINGS,
      nearWindowHours: 3,
      retentionDays: 400,
      paymentDeadlineDays: { default: 6, JP: 12, US: 2 },
    });
  });
});
