import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { storeFullMessage, StoreFullError } from '@/lib/db/errors';
import { updateSettings, type Settings, type SettingsPatch } from '@/lib/db/settings';
import { detectUiLang, UI_LANGS, type UiLang } from '@/lib/i18n';
import { SELLER_CENTRAL_HOSTS, type Marketplace } from '@/lib/sellercentral/hosts';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { settingsMessages } from './messages';

const MARKETPLACES = [...new Set(Object.values(SELLER_CENTRAL_HOSTS))].sort() as Marketplace[];
const LANG_NAMES: Record<UiLang, string> = { en: 'English', ja: '日本語' };

/** The form keeps what the seller typed as text: a half-typed or empty number is sent as is and refused clearly. */
interface Draft {
  nearWindowHours: string;
  notifyNearDeadline: boolean;
  retentionDays: string;
  sellerName: string;
  uiLang: UiLang | '';
  notifyHolds: boolean;
  holdMinPendingOrders: string;
  holdWindowHours: string;
  paymentDefault: string;
  paymentByMarket: [Marketplace, string][];
}

function draftOf(s: Settings): Draft {
  const { default: fallback, ...byMarket } = s.paymentDeadlineDays;
  return {
    nearWindowHours: String(s.nearWindowHours),
    notifyNearDeadline: s.notifyNearDeadline,
    retentionDays: String(s.retentionDays),
    sellerName: s.sellerName,
    uiLang: s.uiLang ?? '',
    notifyHolds: s.notifyHolds,
    holdMinPendingOrders: String(s.holdMinPendingOrders),
    holdWindowHours: String(s.holdWindowHours),
    paymentDefault: String(fallback),
    paymentByMarket: Object.entries(byMarket).map(([m, d]) => [m as Marketplace, String(d)]),
  };
}

/** '' and non-numbers become NaN, which the settings check refuses with its own message. */
const numberOf = (text: string) => (text.trim() === '' ? NaN : Number(text));

function patchOf(draft: Draft, saved: Settings): SettingsPatch {
  const payment: Record<string, number | null> = { default: numberOf(draft.paymentDefault) };
  for (const [market, days] of draft.paymentByMarket) payment[market] = numberOf(days);
  for (const market of Object.keys(saved.paymentDeadlineDays)) if (!(market in payment)) payment[market] = null;
  return {
    nearWindowHours: numberOf(draft.nearWindowHours),
    notifyNearDeadline: draft.notifyNearDeadline,
    retentionDays: numberOf(draft.retentionDays),
    sellerName: draft.sellerName,
    uiLang: draft.uiLang === '' ? null : draft.uiLang,
    notifyHolds: draft.notifyHolds,
    holdMinPendingOrders: numberOf(draft.holdMinPendingOrders),
    holdWindowHours: numberOf(draft.holdWindowHours),
    paymentDeadlineDays: payment as SettingsPatch['paymentDeadlineDays'],
  };
}

type Status = { ok: true } | { ok: false; field: string; text: string } | null;

/**
 * The settings form. Everything is validated by updateSettings and saved all at once, or not at all. `settings`: the
 * stored ones now; `initial`: what the form starts from when it must not wait for the live query (after an import).
 */
export function SettingsForm({ settings, initial }: { settings: Settings; initial?: Settings }) {
  const { db } = useServices();
  const t = useT(settingsMessages);
  const lang = useUi((s) => s.lang);
  const setLang = useUi((s) => s.setLang);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial ?? settings));
  const [status, setStatus] = useState<Status>(null);
  const [adding, setAdding] = useState<Marketplace | ''>('');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errorId = `${id}-error`;

  const labels: Record<string, string> = {
    nearWindowHours: t('nearWindowHours'),
    notifyNearDeadline: t('notifyNearDeadline'),
    retentionDays: t('retentionDays'),
    sellerName: t('sellerName'),
    uiLang: t('uiLang'),
    notifyHolds: t('notifyHolds'),
    holdMinPendingOrders: t('holdMinPendingOrders'),
    holdWindowHours: t('holdWindowHours'),
    paymentDeadlineDays: t('paymentDeadlineTitle'),
  };
  const invalid = (field: string) =>
    status && !status.ok && status.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await updateSettings(db, patchOf(draft, settings));
      if (!result.ok) {
        setStatus({ ok: false, field: result.field, text: t('notSaved', { field: labels[result.field] ?? result.field, error: result.error }) });
        return;
      }
      setStatus({ ok: true });
      setLang(result.settings.uiLang ?? detectUiLang());
    } catch (error) {
      const text = error instanceof StoreFullError ? storeFullMessage(lang) : t('failed', { error: error instanceof Error ? error.message : String(error) });
      setStatus({ ok: false, field: '', text });
    }
  }

  const field = (key: 'nearWindowHours' | 'retentionDays' | 'holdMinPendingOrders' | 'holdWindowHours', step = '1') => (
    <Row label={labels[key]!} htmlFor={`${id}-${key}`}>
      <input id={`${id}-${key}`} type="number" inputMode="decimal" step={step} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...invalid(key)} />
    </Row>
  );
  const toggle = (key: 'notifyNearDeadline' | 'notifyHolds') => (
    <label className="settings-check">
      <input type="checkbox" checked={draft[key]} onChange={(e) => set(key, e.target.checked)} /> {labels[key]}
    </label>
  );
  const unused = MARKETPLACES.filter((m) => !draft.paymentByMarket.some(([used]) => used === m));

  return (
    <form className="card settings-form" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>

      <fieldset>
        <legend>{t('generalTitle')}</legend>
        <Row label={labels.uiLang!} htmlFor={`${id}-uiLang`}>
          <select id={`${id}-uiLang`} value={draft.uiLang} onChange={(e) => set('uiLang', e.target.value as Draft['uiLang'])} {...invalid('uiLang')}>
            <option value="">{t('uiLangBrowser')}</option>
            {UI_LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </Row>
        <Row label={labels.sellerName!} htmlFor={`${id}-sellerName`}>
          <input id={`${id}-sellerName`} type="text" value={draft.sellerName} onChange={(e) => set('sellerName', e.target.value)} {...invalid('sellerName')} />
        </Row>
      </fieldset>

      <fieldset>
        <legend>{t('deadlinesTitle')}</legend>
        {field('nearWindowHours', 'any')}
        {toggle('notifyNearDeadline')}
        {field('retentionDays')}
      </fieldset>

      <fieldset>
        <legend>{t('holdsTitle')}</legend>
        {toggle('notifyHolds')}
        {field('holdMinPendingOrders')}
        {field('holdWindowHours', 'any')}
        <fieldset className="payment-days">
          <legend>{t('paymentDeadlineTitle')}</legend>
          <Row label={t('paymentDefault')} htmlFor={`${id}-pay-default`}>
            <input
              id={`${id}-pay-default`}
              type="number"
              step="1"
              value={draft.paymentDefault}
              onChange={(e) => set('paymentDefault', e.target.value)}
              {...invalid('paymentDeadlineDays')}
            />
          </Row>
          {draft.paymentByMarket.map(([market, days], i) => (
            <Row key={market} label={t('paymentFor', { marketplace: market })} htmlFor={`${id}-pay-${market}`}>
              <input
                id={`${id}-pay-${market}`}
                type="number"
                step="1"
                value={days}
                onChange={(e) => set('paymentByMarket', draft.paymentByMarket.map((entry, j) => (j === i ? [market, e.target.value] : entry)))}
                {...invalid('paymentDeadlineDays')}
              />{' '}
              <button type="button" onClick={() => set('paymentByMarket', draft.paymentByMarket.filter((_, j) => j !== i))}>
                {t('removeMarketplace', { marketplace: market })}
              </button>
            </Row>
          ))}
          <Row label={t('addMarketplace')} htmlFor={`${id}-pay-add`}>
            <select id={`${id}-pay-add`} value={adding} onChange={(e) => setAdding(e.target.value as Marketplace | '')}>
              <option value="">—</option>
              {unused.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              disabled={adding === ''}
              onClick={() => {
                if (adding === '') return;
                set('paymentByMarket', [...draft.paymentByMarket, [adding, draft.paymentDefault]]);
                setAdding('');
              }}
            >
              {t('addMarketplaceButton')}
            </button>
          </Row>
        </fieldset>
      </fieldset>

      <div className="actions">
        <button type="submit" className="primary">
          {t('save')}
        </button>
      </div>
      {status?.ok === true && (
        <p role="status" className="status-line" data-testid="settings-status">
          {t('saved')}
        </p>
      )}
      {status?.ok === false && (
        <p role="alert" id={errorId} className="findings" data-testid="settings-error">
          {status.text}
        </p>
      )}
    </form>
  );
}

function Row({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="settings-row">
      <label htmlFor={htmlFor}>{label}</label>
      <div>{children}</div>
    </div>
  );
}
