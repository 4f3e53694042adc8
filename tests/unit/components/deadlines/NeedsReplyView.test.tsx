// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NeedsReplyView } from '@/components/deadlines/NeedsReplyView';
import type { GuardDB } from '@/lib/db/db';
import type { ThreadRecord, ThreadResponse } from '@/lib/db/records';
import { renderWithServices, TEST_NOW } from '../render';
import { openThread } from './threads';

const H = 3_600_000;
const M = 60_000;
const D = 24 * H;

/** A closed thread holding one answered clock: the buyer wrote `ago` before now, the seller answered `took` later. */
function answered(ago: number, took: number, category = 'product_question', how: ThreadResponse['how'] = 'reply'): ThreadRecord {
  const buyerAt = TEST_NOW - ago;
  const answeredAt = buyerAt + took;
  return openThread({
    dueAt: buyerAt + D,
    state: how === 'reply' ? 'answered' : 'no_response_needed',
    open: 0,
    closedAt: answeredAt,
    category,
    responses: [{ buyerAt, answeredAt, how }],
  });
}

async function seed(db: GuardDB, threads: ThreadRecord[]) {
  await db.threads.bulkPut(threads);
}

describe('NeedsReplyView', () => {
  it('lists open threads most urgent first with "left" / "overdue" countdowns', async () => {
    const { db } = renderWithServices(<NeedsReplyView />);
    await seed(db, [
      openThread({ dueAt: TEST_NOW + 20 * H, buyerName: 'Later Buyer' }),
      openThread({ dueAt: TEST_NOW + 5 * H + 12 * M + 30_000, buyerName: 'Near Buyer' }),
      openThread({ dueAt: TEST_NOW - 3 * H - 5 * M, buyerName: 'Late Buyer' }),
      answered(2 * H, H), // closed: not listed
    ]);

    const items = await screen.findAllByTestId('needs-reply-item');
    expect(items).toHaveLength(3);
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual(['Late Buyer', 'Near Buyer', 'Later Buyer']);
    const countdowns = items.map((i) => within(i).getByTestId('countdown'));
    expect(countdowns.map((c) => c.textContent)).toEqual(['overdue 3 h', '5 h 12 m left', '20 h 0 m left']);
    expect(countdowns.map((c) => c.dataset.state)).toEqual(['overdue', 'near', 'ok']);
    expect(countdowns[0]).toHaveProperty('className', 'badge red');
    expect(countdowns[1]).toHaveProperty('className', 'badge amber');
  });

  it('shows the order id and the category of each thread', async () => {
    const { db } = renderWithServices(<NeedsReplyView />);
    await seed(db, [openThread({ dueAt: TEST_NOW + H, orderId: '250-1234567-7654321', category: 'address_change' })]);
    const item = await screen.findByTestId('needs-reply-item');
    expect(item.textContent).toContain('Order 250-1234567-7654321');
    expect(item.textContent).toContain('Address change');
  });

  it('refreshes the countdown every minute from services.now()', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = TEST_NOW;
      const { db } = renderWithServices(<NeedsReplyView />, { services: { now: () => now } });
      await seed(db, [openThread({ dueAt: TEST_NOW + 2 * H })]);
      const countdown = await screen.findByTestId('countdown');
      expect(countdown.textContent).toBe('2 h 0 m left');
      now += 2 * H + 90_000;
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.getByTestId('countdown').textContent).toBe('overdue 1 m');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes the countdown in Japanese', async () => {
    const { db } = renderWithServices(<NeedsReplyView />, { lang: 'ja' });
    await seed(db, [
      openThread({ dueAt: TEST_NOW + 5 * H + 12 * M }),
      openThread({ dueAt: TEST_NOW - 3 * H }),
    ]);
    const countdowns = await screen.findAllByTestId('countdown');
    expect(countdowns.map((c) => c.textContent)).toEqual(['3時間超過', '残り5時間12分']);
    expect(screen.getByRole('heading', { level: 2, name: '要返信' })).toBeTruthy();
  });

  it('opens the thread in Seller Central, and never a URL that is not Seller Central', async () => {
    const user = userEvent.setup();
    const { db, services } = renderWithServices(<NeedsReplyView />);
    const good = openThread({ dueAt: TEST_NOW + H });
    const bad = openThread({ dueAt: TEST_NOW + 2 * H, url: 'javascript:alert(1)' });
    await seed(db, [good, bad]);
    const items = await screen.findAllByTestId('needs-reply-item');
    await user.click(within(items[0]!).getByRole('button', { name: 'Open in Seller Central' }));
    expect(services.openUrl).toHaveBeenCalledWith(good.url);
    const disabled = within(items[1]!).getByRole('button', { name: 'Open in Seller Central' }) as HTMLButtonElement;
    expect(disabled.disabled).toBe(true);
    expect(services.openUrl).toHaveBeenCalledTimes(1);
  });

  it('marks a thank-you "No response needed" locally and tells the seller to click it in Seller Central too', async () => {
    const user = userEvent.setup();
    const { db } = renderWithServices(<NeedsReplyView />);
    const thanks = openThread({ dueAt: TEST_NOW + 10 * H, category: 'thanks', buyerName: 'Grateful' });
    const question = openThread({ dueAt: TEST_NOW + 11 * H, category: 'product_question', buyerName: 'Curious' });
    await seed(db, [thanks, question]);
    const items = await screen.findAllByTestId('needs-reply-item');
    expect(within(items[1]!).queryByRole('button', { name: /No response needed/ })).toBeNull();

    await user.click(within(items[0]!).getByRole('button', { name: 'Mark “No response needed”' }));
    await waitFor(() => expect(screen.getAllByTestId('needs-reply-item')).toHaveLength(1));
    expect((await db.threads.get(thanks.key))?.state).toBe('no_response_needed');
    expect((await db.threads.get(question.key))?.state).toBe('open');
    expect(screen.getByRole('status').textContent).toMatch(/also click “No response needed”.*in Seller Central/i);
  });

  it('says so when nothing waits for a reply', async () => {
    renderWithServices(<NeedsReplyView />);
    expect(await screen.findByText('No buyer message is waiting for a reply.')).toBeTruthy();
  });
});

describe('NeedsReplyView statistics', () => {
  it('shows the 7- and 30-day share answered within 24 h against the 90% target, the median and the categories', async () => {
    const { db } = renderWithServices(<NeedsReplyView />);
    await seed(db, [
      // Last 7 days: 4 within 24 h, 1 late → 80%, below target.
      answered(1 * D, 1 * H, 'thanks'),
      answered(2 * D, 2 * H),
      answered(3 * D, 3 * H),
      answered(4 * D, 4 * H),
      answered(5 * D, 30 * H, 'return_request'),
      // 8–29 days ago: 5 more within 24 h → 9 of 10 over 30 days = 90%, meets the target.
      ...[10, 12, 14, 16, 18].map((d) => answered(d * D, 1 * H, 'delivery_status')),
    ]);
    const week = await screen.findByTestId('stats-7');
    const month = screen.getByTestId('stats-30');
    await waitFor(() => expect(week.textContent).toContain('80% answered within 24 h (4 of 5)'));
    expect(week.textContent).toContain('Below the target');
    expect(week.querySelector('.bar')?.className).toContain('below');
    expect(month.textContent).toContain('90% answered within 24 h (9 of 10)');
    expect(month.textContent).toContain('Meets the target');
    expect(month.querySelector('.bar')?.className).not.toContain('below');
    expect(month.textContent).toContain('Amazon’s target: 90%');
    // Replies took 1,1,1,1,1,1,2,3,4,30 h: the median is 1 h.
    expect(screen.getByTestId('stats-median').textContent).toBe('1 h 0 m (30 days)');
    const rows = within(screen.getByTestId('stats-categories')).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Delivery status question', '0', '5'],
      ['Product question', '3', '3'],
      ['Return request', '1', '1'],
      ['Thank-you message', '1', '1'],
    ]);
  });

  it('counts an open thread past its deadline as missed and one still within 24 h as pending', async () => {
    const { db } = renderWithServices(<NeedsReplyView />);
    await seed(db, [
      answered(1 * D, 1 * H),
      openThread({ dueAt: TEST_NOW - H }),
      openThread({ dueAt: TEST_NOW + H }),
    ]);
    const week = await screen.findByTestId('stats-7');
    await waitFor(() => expect(week.textContent).toContain('50% answered within 24 h (1 of 2)'));
    expect(week.textContent).toContain('1 still within their 24 h');
  });

  it('says when a window has nothing to count yet', async () => {
    renderWithServices(<NeedsReplyView />, { lang: 'ja' });
    const week = await screen.findByTestId('stats-7');
    expect(week.textContent).toContain('この期間に集計できるメッセージはまだありません');
    expect(screen.getByTestId('stats-median').textContent).toBe('返信の記録はまだありません');
  });
});
