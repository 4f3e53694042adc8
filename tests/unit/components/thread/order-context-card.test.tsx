// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { OrderContextCard } from '@/components/thread/OrderContextCard';
import { ThreadAssistant } from '@/components/thread/ThreadAssistant';
import type { OrderContext } from '@/lib/extension/reply-context';
import { renderWithServices, TEST_NOW } from '../render';
import { classification, storeOrder, testDb, textOf, threadSnapshot } from './fixtures';

const HOUR = 3_600_000;

function context(overrides: Partial<OrderContext> = {}): OrderContext {
  return {
    orderId: '250-7777777-8888888',
    fulfilment: 'MFN',
    orderDate: TEST_NOW - 5 * HOUR,
    orderAgeDays: 0,
    status: 'unshipped',
    asins: ['B0CARDTEST'],
    title: 'Ceramic mug',
    shipBy: TEST_NOW + 30 * HOUR + 15 * 60_000,
    ...overrides,
  };
}

describe('OrderContextCard: ship-by countdown', () => {
  it('shows the time left to ship an order that has not shipped', () => {
    renderWithServices(<OrderContextCard order={context()} />);
    const shipBy = screen.getByTestId('order-ship-by');
    expect(textOf(shipBy)).toContain('30 h 15 m left');
    expect(shipBy.getAttribute('data-state')).toBe('ok');
    expect(screen.getByText('Ship by (handling time)')).toBeTruthy();
    expect(shipBy.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(TEST_NOW + 30 * HOUR + 15 * 60_000).toISOString());
  });

  it('in Japanese', () => {
    renderWithServices(<OrderContextCard order={context({ status: 'pending' })} />, { lang: 'ja' });
    expect(textOf(screen.getByTestId('order-ship-by'))).toContain('残り30時間15分');
    expect(screen.getByText('出荷期限（ハンドリングタイム）')).toBeTruthy();
  });

  it('marks a ship-by under a day away as near, and a passed one as overdue', () => {
    const { unmount } = renderWithServices(<OrderContextCard order={context({ shipBy: TEST_NOW + 3 * HOUR })} />);
    expect(screen.getByTestId('order-ship-by').getAttribute('data-state')).toBe('near');
    expect(textOf(screen.getByTestId('order-ship-by'))).toContain('3 h 0 m left');
    unmount();
    renderWithServices(<OrderContextCard order={context({ shipBy: TEST_NOW - 5 * HOUR })} />);
    expect(screen.getByTestId('order-ship-by').getAttribute('data-state')).toBe('overdue');
    expect(textOf(screen.getByTestId('order-ship-by'))).toContain('overdue 5 h');
  });

  it.each(['shipped', 'delivered', 'canceled', 'returned'] as const)('no ship-by line once the order is %s', (status) => {
    renderWithServices(<OrderContextCard order={context({ status })} />);
    expect(screen.getByTestId('order-context')).toBeTruthy();
    expect(screen.queryByTestId('order-ship-by')).toBeNull();
  });

  it('no ship-by line when no order page showed one (or a stored value is not a time)', () => {
    const { unmount } = renderWithServices(<OrderContextCard order={context({ shipBy: null })} />);
    expect(screen.queryByTestId('order-ship-by')).toBeNull();
    unmount();
    renderWithServices(<OrderContextCard order={context({ shipBy: Number.NaN })} />);
    expect(screen.queryByTestId('order-ship-by')).toBeNull();
  });

  it('the thread view shows the ship-by of the stored order', async () => {
    const db = testDb();
    await storeOrder(db, '302-1111111-2222222', 'MFN', 0, { status: 'unshipped', shipBy: TEST_NOW + 20 * HOUR });
    renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot('Can you send it to my friend in another country instead?')}
        classification={classification({ category: 'address_change', scam: true })}
      />,
      { services: { db } },
    );
    expect(textOf(await screen.findByTestId('order-ship-by'))).toContain('20 h 0 m left');
  });
});
