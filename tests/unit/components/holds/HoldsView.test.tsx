// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HoldsView } from '@/components/holds/HoldsView';
import { renderWithServices, TEST_NOW } from '../render';
import { HOLD_ASIN, HOLD_ORDER_IDS, holdPattern, pendingOrder } from './orders';

const ORDINARY_ASIN = 'B0ORDINARY';

async function renderWithHold(lang: 'en' | 'ja' = 'en') {
  const rendered = renderWithServices(<HoldsView />, { lang });
  await rendered.db.orders.bulkPut([...holdPattern(), pendingOrder('250-2000001-0000001', ORDINARY_ASIN, 30, { paymentKind: 'card', quantity: 1 })]);
  const entries = await screen.findAllByTestId('hold-entry');
  await waitFor(() => expect(screen.getAllByTestId('hold-entry')).toHaveLength(2));
  return { ...rendered, entries: screen.getAllByTestId('hold-entry'), entriesBefore: entries };
}

describe('HoldsView', () => {
  it('lists every ASIN with pending orders, the flagged one first with its numbers and reasons', async () => {
    const { entries } = await renderWithHold();
    expect(entries.map((e) => e.dataset.asin)).toEqual([HOLD_ASIN, ORDINARY_ASIN]);
    const [held, ordinary] = entries as [HTMLElement, HTMLElement];
    expect(held.dataset.state).toBe('watching');
    expect(within(held).getByText('Hold pattern')).toBeTruthy();
    const facts = Object.fromEntries(
      within(held).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts['Pending orders']).toBe('5');
    expect(facts['Units locked']).toBe('10');
    expect(facts['Expected release']).toMatch(/^2025-03-1[56] /);
    expect(held.textContent).toContain('5 of 5 orders use convenience-store payment');
    // The timeline lists the orders, oldest first.
    const rows = within(within(held).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(HOLD_ORDER_IDS);
    expect(rows[0]!.textContent).toContain('Convenience store');

    expect(ordinary.dataset.state).toBe('watching');
    expect(within(ordinary).queryByText('Hold pattern')).toBeNull();
    expect(within(ordinary).queryByTestId('hold-report-text')).toBeNull();
  });

  it('pre-fills the Seller Support report with every order id, English first then Japanese, and copies it', async () => {
    const user = userEvent.setup();
    const { entries, services } = await renderWithHold();
    const report = within(entries[0]!).getByTestId('hold-report-text') as HTMLTextAreaElement;
    expect(report.readOnly).toBe(true);
    for (const id of HOLD_ORDER_IDS) expect(report.value).toContain(id);
    expect(report.value.indexOf('Hello Seller Support')).toBeLessThan(report.value.indexOf('出品サポート'));
    expect(within(entries[0]!).getByText(/open Help \(top right\)/)).toBeTruthy();

    const copyButtons = within(entries[0]!).getAllByRole('button', { name: 'Copy' });
    await user.click(copyButtons[copyButtons.length - 1]!);
    expect(services.copyToClipboard).toHaveBeenCalledWith(report.value);
    expect(await within(entries[0]!).findByText('Copied to the clipboard.')).toBeTruthy();
  });

  it('acknowledges the flags it shows', async () => {
    const { db } = await renderWithHold();
    await waitFor(async () => expect((await db.holds.get(HOLD_ASIN))?.acknowledged).toBe(1));
    expect(await db.holds.get(ORDINARY_ASIN)).toBeUndefined();
  });

  it('marks a flagged ASIN as reported', async () => {
    const user = userEvent.setup();
    const { db, entries } = await renderWithHold();
    await user.click(within(entries[0]!).getByRole('button', { name: 'Mark as reported' }));
    await waitFor(() => expect(screen.getAllByTestId('hold-entry')[0]!.dataset.state).toBe('reported'));
    const record = await db.holds.get(HOLD_ASIN);
    expect(record).toMatchObject({ state: 'reported', reportedAt: TEST_NOW });
    expect(within(screen.getAllByTestId('hold-entry')[0]!).queryByRole('button', { name: 'Mark as reported' })).toBeNull();
    expect(screen.getByTestId('hold-reported').textContent).toContain('Reported');
  });

  it('reads in Japanese, with the Japanese report section first', async () => {
    const { entries } = await renderWithHold('ja');
    const held = entries[0]!;
    expect(within(held).getByText('監視中')).toBeTruthy();
    expect(within(held).getByRole('button', { name: '報告済みにする' })).toBeTruthy();
    const report = within(held).getByTestId('hold-report-text') as HTMLTextAreaElement;
    expect(report.value.indexOf('出品サポート')).toBeLessThan(report.value.indexOf('Hello Seller Support'));
    expect(held.textContent).toContain('5件中5件がコンビニ払い');
  });

  it('says so when no pending order was seen', async () => {
    renderWithServices(<HoldsView />);
    expect(await screen.findByText(/No pending orders seen yet/)).toBeTruthy();
    expect(screen.queryAllByTestId('hold-entry')).toHaveLength(0);
  });
});

const HEADER = ['amazon-order-id', 'purchase-date', 'last-updated-date', 'order-status', 'fulfillment-channel', 'sales-channel', 'sku', 'asin', 'quantity', 'payment-method-details'];
function reportFile(lines: string[][], name = 'all-orders.txt'): File {
  const text = [HEADER, ...lines].map((cells) => cells.join('\t')).join('\r\n');
  return new File([text], name, { type: 'text/plain' });
}
const reportRow = (id: string, hour: number) => [id, `2025-03-10T0${hour}:00:00+00:00`, `2025-03-10T0${hour}:05:00+00:00`, 'Pending', 'Merchant', 'Amazon.co.jp', 'SKU-R', 'B0REPORTED', '1', 'コンビニ決済'];

describe('HoldsView order report import', () => {
  it('stores the rows of a good report and says how many were added', async () => {
    const user = userEvent.setup();
    const { db } = renderWithServices(<HoldsView />);
    const file = reportFile([reportRow('503-0000001-0000001', 1), reportRow('503-0000002-0000002', 2), reportRow('503-0000003-0000003', 3)]);
    await user.upload(screen.getByLabelText('All Orders report file'), file);
    const status = await screen.findByText(/rows read/);
    expect(status.textContent).toBe('all-orders.txt: 3 rows read, 3 order lines added, 0 updated.');
    expect(await db.orders.count()).toBe(3);
    await waitFor(() => expect(screen.getAllByTestId('hold-entry').map((e) => e.dataset.asin)).toEqual(['B0REPORTED']));
  });

  it('shows the one-line error of a malformed report and stores nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithServices(<HoldsView />);
    const bad = reportRow('503-0000002-0000002', 2);
    bad[8] = 'two';
    const file = reportFile([reportRow('503-0000001-0000001', 1), bad]);
    await user.upload(screen.getByLabelText('All Orders report file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not imported, nothing was stored: .*line 3.*quantity "two"/);
    expect(alert.textContent).not.toContain('\n');
    expect(await db.orders.count()).toBe(0);
  });

  it('refuses a file that is not an order report', async () => {
    const user = userEvent.setup();
    const { db } = renderWithServices(<HoldsView />, { lang: 'ja' });
    await user.upload(screen.getByLabelText('「すべての注文」レポートのファイル'), new File(['<html><script>x</script></html>'], 'page.txt'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^取り込みませんでした（何も保存されていません）：/);
    expect(await db.orders.count()).toBe(0);
  });
});
