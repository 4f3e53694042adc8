// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrderAssistant } from '@/components/orders/OrderAssistant';
import { OrderListAssistant } from '@/components/orders/OrderListAssistant';
import { ingestOrderSnapshot } from '@/lib/holds';
import type { OrderListSnapshot, OrderRow, OrderSnapshot } from '@/lib/sellercentral/types';
import { openThread } from '../deadlines/threads';
import { HOLD_ASIN, HOLD_ORDER_IDS, holdPattern } from '../holds/orders';
import { renderWithServices, TEST_NOW } from '../render';

const H = 3_600_000;
const D = 24 * H;
/** Let live queries answer (to check that something does NOT appear). */
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));
const iso = (ms: number) => new Date(ms).toISOString();

function listRow(orderId: string, asin: string, hoursAgo: number, over: Partial<OrderRow> = {}): OrderRow {
  return {
    orderId,
    orderDate: iso(TEST_NOW - hoursAgo * H),
    orderDateText: null,
    status: 'pending',
    statusText: '保留中',
    asin,
    sku: null,
    quantity: 1,
    buyerName: null,
    fulfilment: 'MFN',
    paymentMethod: 'コンビニ払い',
    paymentKind: 'konbini',
    ...over,
  };
}

function listSnapshot(rows: OrderRow[]): OrderListSnapshot {
  return { kind: 'orderList', url: 'https://sellercentral-japan.amazon.com/orders-v3/mfn/pending', marketplace: 'JP', rows };
}

function orderSnapshot(over: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    kind: 'order',
    url: 'https://sellercentral.amazon.com/orders-v3/order/113-1111111-2222222',
    marketplace: 'US',
    orderId: '113-1111111-2222222',
    orderDate: iso(TEST_NOW - 30 * H),
    orderDateText: null,
    status: 'unshipped',
    statusText: 'Unshipped',
    fulfilment: 'MFN',
    shipBy: iso(TEST_NOW + 5 * H + 30 * 60_000),
    shipByText: null,
    shipToCountry: 'United States',
    buyerName: 'Pat',
    paymentMethod: null,
    paymentKind: null,
    buyerRequestedCancel: null,
    items: [{ asin: 'B0PLAIN001', sku: 'P-1', title: 'Teapot', quantity: 1 }],
    ...over,
  };
}

describe('OrderListAssistant', () => {
  it('warns about an ASIN of the list under a hold pattern, with the numbers and a report listing all its orders', async () => {
    const ids = ['250-3000001-0000001', '250-3000002-0000002', '250-3000003-0000003', '250-3000004-0000004', '250-3000005-0000005'];
    const snapshot = listSnapshot([...ids.map((id, i) => listRow(id, 'B0LISTHOLD', 6 - i)), listRow('250-3999999-0000009', 'B0CALMITEM', 3, { paymentKind: 'card' })]);
    const { db } = renderWithServices(<OrderListAssistant snapshot={snapshot} />);
    // What the worker does with the same snapshot.
    await ingestOrderSnapshot(db, snapshot, TEST_NOW);

    const warning = await screen.findByRole('alert');
    expect(warning.dataset.testid).toBe('hold-warning');
    expect(warning.textContent).toContain('Possible bulk hold on ASIN B0LISTHOLD');
    expect(warning.textContent).toContain('5 pending orders lock 5 units');
    const report = within(warning).getByTestId('hold-warning-report') as HTMLTextAreaElement;
    for (const id of ids) expect(report.value).toContain(id);
    expect(report.value).not.toContain('250-3999999-0000009');
    expect(screen.getAllByTestId('hold-warning')).toHaveLength(1);
  });

  it('stays quiet about holds on ASINs that are not on the page', async () => {
    const { db } = renderWithServices(<OrderListAssistant snapshot={listSnapshot([listRow('250-4000001-0000001', 'B0ELSEWHER', 2)])} />);
    await db.orders.bulkPut(holdPattern());
    expect(await screen.findByText('No hold pattern among the ASINs on this page.')).toBeTruthy();
    expect(screen.queryByTestId('hold-warning')).toBeNull();
  });

  it('tolerates a snapshot without rows', async () => {
    const broken = { kind: 'orderList', url: 'x', marketplace: null } as unknown as OrderListSnapshot;
    const { container } = renderWithServices(<OrderListAssistant snapshot={broken} />);
    await settle();
    expect(container.textContent).toBe('');
  });
});

describe('OrderAssistant', () => {
  it('shows the hold warning for the order’s ASIN and lets the seller mark it reported', async () => {
    const user = userEvent.setup();
    const snapshot = orderSnapshot({ marketplace: 'JP', orderId: HOLD_ORDER_IDS[0]!, status: 'pending', items: [{ asin: HOLD_ASIN.toLowerCase(), sku: null, title: null, quantity: 2 }] });
    const { db } = renderWithServices(<OrderAssistant snapshot={snapshot} />);
    await db.orders.bulkPut(holdPattern());
    const warning = await screen.findByTestId('hold-warning');
    const report = within(warning).getByTestId('hold-warning-report') as HTMLTextAreaElement;
    for (const id of HOLD_ORDER_IDS) expect(report.value).toContain(id);
    await user.click(within(warning).getByRole('button', { name: 'Mark as reported' }));
    await waitFor(async () => expect((await db.holds.get(HOLD_ASIN))?.state).toBe('reported'));
    expect((await screen.findByTestId('hold-reported')).textContent).toContain('Reported');
    await settle();
  });

  it('gives the order context: merchant-fulfilled, age, return window and the ship-by countdown', async () => {
    renderWithServices(<OrderAssistant snapshot={orderSnapshot()} />);
    const context = await screen.findByTestId('order-context');
    expect(within(context).getByTestId('order-fulfilment').textContent).toBe('Shipped by you (merchant-fulfilled)');
    expect(within(context).getByTestId('order-age').textContent).toBe('30 h 0 m ago');
    expect(within(context).getByTestId('return-window').textContent).toMatch(/^Open: 29 days left/);
    const shipBy = within(context).getByTestId('ship-by');
    expect(shipBy.textContent).toBe('5 h 30 m left');
    expect(shipBy.querySelector('.badge')?.className).toBe('badge amber');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the 30-day return window is over on an old FBA order, and that Amazon handles its delivery questions', async () => {
    renderWithServices(<OrderAssistant snapshot={orderSnapshot({ fulfilment: 'FBA', status: 'delivered', orderDate: iso(TEST_NOW - 40 * D) })} />);
    const context = await screen.findByTestId('order-context');
    expect(within(context).getByTestId('return-window').textContent).toMatch(/^Over: ordered 40 days ago.*manufacturer’s warranty/);
    expect(within(context).getByTestId('ship-by').textContent).toBe('Already delivered');
    expect(context.textContent).toContain('Amazon customer service handles delivery questions');
  });

  it('warns that cancelling an order asked for only in a message counts against the cancellation rate', async () => {
    const user = userEvent.setup();
    const snapshot = orderSnapshot();
    const { db, services } = renderWithServices(<OrderAssistant snapshot={snapshot} />);
    const thread = openThread({ dueAt: TEST_NOW + 3 * H, orderId: snapshot.orderId, category: 'cancel_request_message', url: 'https://sellercentral.amazon.com/messaging/inbox-v3?ss=abc' });
    await db.threads.put(thread);
    const warning = await screen.findByTestId('cancel-rate-warning');
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toContain('it would count against your cancellation rate');
    await user.click(within(warning).getByRole('button', { name: 'Open the buyer’s message' }));
    expect(services.openUrl).toHaveBeenCalledWith(thread.url);
  });

  it('does not warn when the order has no free-text cancellation request', async () => {
    const snapshot = orderSnapshot();
    const { db } = renderWithServices(<OrderAssistant snapshot={snapshot} />);
    await db.threads.put(openThread({ dueAt: TEST_NOW + 3 * H, orderId: snapshot.orderId, category: 'delivery_status' }));
    await screen.findByTestId('order-context');
    await settle();
    expect(screen.queryByTestId('cancel-rate-warning')).toBeNull();
  });

  it('says a cancellation requested through Amazon is safe to cancel as Buyer Cancelled', async () => {
    const snapshot = orderSnapshot({ buyerRequestedCancel: 'No longer needed' });
    const { db } = renderWithServices(<OrderAssistant snapshot={snapshot} />);
    await act(() => db.threads.put(openThread({ dueAt: TEST_NOW + 3 * H, orderId: snapshot.orderId, category: 'cancel_request_message' })));
    const safe = await screen.findByTestId('buyer-cancel-safe');
    expect(safe.textContent).toContain('safe to cancel this order with the reason “Buyer Cancelled”');
    expect(safe.textContent).toContain('No longer needed');
    await settle();
    expect(screen.queryByTestId('cancel-rate-warning')).toBeNull();
  });

  it('warns in Japanese', async () => {
    const snapshot = orderSnapshot({ marketplace: 'JP', orderId: '250-5555555-5555555' });
    const { db } = renderWithServices(<OrderAssistant snapshot={snapshot} />, { lang: 'ja' });
    await db.threads.put(openThread({ dueAt: TEST_NOW + 3 * H, orderId: snapshot.orderId, category: 'cancel_request_message' }));
    const warning = await screen.findByTestId('cancel-rate-warning');
    expect(warning.textContent).toContain('キャンセル率にカウントされます');
    expect(screen.getByTestId('ship-by').textContent).toBe('残り5時間30分');
  });
});
