// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FeedbackPageAssistant } from '@/components/feedback/FeedbackPageAssistant';
import { FeedbackView } from '@/components/feedback/FeedbackView';
import { GuardDB } from '@/lib/db/db';
import { updateSettings } from '@/lib/db/settings';
import { FEEDBACK_LAST_VISIT_KEY, ingestFeedbackSnapshot } from '@/lib/feedback/store';
import type { FeedbackRow, FeedbackSnapshot } from '@/lib/sellercentral/types';
import { openThread } from '../deadlines/threads';
import { pendingOrder } from '../holds/orders';
import { renderWithServices, TEST_NOW } from '../render';

const H = 3_600_000;
const D = 24 * H;

const row = (orderId: string, rating: number | null, comment: string): FeedbackRow => ({ orderId, date: null, dateText: '2025/03/08', rating, comment });
const page = (rows: FeedbackRow[], marketplace: FeedbackSnapshot['marketplace'] = 'US'): FeedbackSnapshot => ({
  kind: 'feedback',
  url: 'https://sellercentral.amazon.com/feedback-manager/index.html',
  marketplace,
  rows,
});

const PRODUCT_REVIEW = row('111-0000001-0000001', 1, 'The blender motor is weak and the lid cracks easily. Poor design.');
const RUDE_SELLER = row('111-0000002-0000002', 2, 'Seller never answered my messages. Very rude.');
const AVERAGE = row('111-0000003-0000003', 3, 'Just average.');
const SIX_ROWS = [
  row('111-0000010-0000010', 5, 'Fast shipping, thanks!'),
  PRODUCT_REVIEW,
  row('111-0000011-0000011', 4, 'Good.'),
  RUDE_SELLER,
  row('111-0000012-0000012', 5, 'Great seller'),
  AVERAGE,
];

const flagOf = (orderId: string) => screen.getAllByTestId('feedback-flag').find((f) => f.dataset.orderId === orderId)!;

describe('FeedbackPageAssistant', () => {
  it('flags every 1–3 star row of the page (3 counts) and explains why', async () => {
    renderWithServices(<FeedbackPageAssistant snapshot={page(SIX_ROWS)} />);
    const flags = screen.getAllByTestId('feedback-flag');
    expect(flags.map((f) => f.dataset.orderId)).toEqual([PRODUCT_REVIEW.orderId, RUDE_SELLER.orderId, AVERAGE.orderId]);
    expect(screen.getByTestId('feedback-page').textContent).toContain('3 of 6 rows are negative (1–3 stars).');
    expect(screen.getByTestId('feedback-page').textContent).toContain('Amazon does not count 3 stars as positive');
    expect(within(flagOf(AVERAGE.orderId)).getByRole('img').getAttribute('aria-label')).toBe('3 of 5 stars');
    await act(async () => {});
  });

  it('gives the removable one its steps and a pre-filled request quoting the comment and the reason', async () => {
    renderWithServices(<FeedbackPageAssistant snapshot={page(SIX_ROWS)} />);
    const removable = flagOf(PRODUCT_REVIEW.orderId);
    expect(removable.dataset.removable).toBe('true');
    expect(within(removable).getByText('Removal possible')).toBeTruthy();
    expect(removable.textContent).toContain('Reads as a product review');
    expect(within(removable).getByText('In Seller Central, open Performance → Feedback.')).toBeTruthy();
    const request = within(removable).getByTestId('removal-request') as HTMLTextAreaElement;
    expect(request.readOnly).toBe(true);
    expect(request.value).toContain(PRODUCT_REVIEW.orderId);
    expect(request.value).toContain(PRODUCT_REVIEW.comment);
    expect(request.value).toContain('product review rather than feedback on my service');
    expect(screen.getAllByTestId('removal-request')).toHaveLength(1);
    await act(async () => {});
  });

  it('offers the others a polite message to the buyer that never mentions the rating', async () => {
    const user = userEvent.setup();
    const { db, services } = renderWithServices(<FeedbackPageAssistant snapshot={page(SIX_ROWS)} />);
    await act(() => updateSettings(db, { sellerName: 'Maple Goods' }));
    const rude = flagOf(RUDE_SELLER.orderId);
    expect(rude.dataset.removable).toBe('false');
    expect(within(rude).queryByTestId('removal-request')).toBeNull();
    const message = within(rude).getByTestId('feedback-follow-up') as HTMLTextAreaElement;
    await waitFor(() => expect(message.value).toContain('Maple Goods'));
    expect(message.value).toContain('Could you tell us what went wrong?');
    expect(message.value).toContain(RUDE_SELLER.orderId);
    expect(message.value).not.toMatch(/feedback|rating|review|star/i);
    await user.click(within(rude).getByRole('button', { name: 'Copy' }));
    expect(services.copyToClipboard).toHaveBeenCalledWith(message.value);
  });

  it('uses the fulfilment channel the store knows: a packaging complaint is removable only on an FBA order', async () => {
    const crushed = row('111-0000020-0000020', 1, 'Box arrived crushed and the item was damaged in transit.');
    const { db } = renderWithServices(<FeedbackPageAssistant snapshot={page([crushed])} />);
    expect(flagOf(crushed.orderId).dataset.removable).toBe('false');
    expect(flagOf(crushed.orderId).textContent).toContain('If Amazon fulfilled this order (FBA), Amazon removes it');
    await act(() => db.orders.put(pendingOrder(crushed.orderId, 'B0FBAITEM1', 100, { fulfilment: 'FBA', status: 'delivered', pending: 0 })));
    await waitFor(() => expect(flagOf(crushed.orderId).dataset.removable).toBe('true'));
    expect(within(flagOf(crushed.orderId)).getByTestId('removal-request').textContent).toContain('order fulfilled by Amazon');
  });

  it('shows HTML in a comment as text, and survives rows without comment or rating', async () => {
    const html = row('111-0000030-0000030', 1, '<img src=x onerror="alert(1)"><b>bad</b>');
    const broken = { orderId: '111-0000031-0000031', date: null, dateText: null, rating: 2, comment: undefined } as unknown as FeedbackRow;
    const { container } = renderWithServices(<FeedbackPageAssistant snapshot={page([html, broken, row('', 1, 'no id')])} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(flagOf(html.orderId).querySelector('blockquote')?.textContent).toBe(html.comment);
    expect(flagOf(broken.orderId).textContent).toContain('There is no comment to judge');
    expect(screen.getAllByTestId('feedback-flag')).toHaveLength(2);
    await act(async () => {});
  });

  it('writes to a Japanese buyer in Japanese and shows the UI in Japanese', async () => {
    const box = row('250-0000040-0000040', 2, '届いた箱が潰れていた');
    const { db } = renderWithServices(<FeedbackPageAssistant snapshot={page([box], 'JP')} />, { lang: 'ja' });
    const flag = flagOf(box.orderId);
    expect(within(flag).getByText('削除対象外')).toBeTruthy();
    expect((within(flag).getByTestId('feedback-follow-up') as HTMLTextAreaElement).value).toContain('どのような点に問題があったか');
    await act(() => db.orders.put(pendingOrder(box.orderId, 'B0FBAITEM2', 100, { fulfilment: 'FBA', status: 'delivered', pending: 0 })));
    await waitFor(() => expect(flagOf(box.orderId).dataset.removable).toBe('true'));
    expect(within(flagOf(box.orderId)).getByText('削除をリクエストできます')).toBeTruthy();
    expect((within(flagOf(box.orderId)).getByTestId('removal-request') as HTMLTextAreaElement).value).toContain('削除をお願いいたします');
  });
});

async function seedFeedback(db: GuardDB) {
  // One negative seen before the last visit, two after it, one positive.
  await ingestFeedbackSnapshot(db, page([RUDE_SELLER]), TEST_NOW - 3 * D);
  await db.settings.put({ key: FEEDBACK_LAST_VISIT_KEY, value: TEST_NOW - 2 * D });
  await ingestFeedbackSnapshot(db, page([PRODUCT_REVIEW, AVERAGE, row('111-0000013-0000013', 5, 'Perfect')]), TEST_NOW - D);
}

describe('FeedbackView', () => {
  it('counts new negative feedback since the last visit, then records this visit', async () => {
    const services = { db: new GuardDB(`t-${crypto.randomUUID()}`) };
    await seedFeedback(services.db);
    const first = renderWithServices(<FeedbackView />, { services });
    expect((await screen.findByTestId('new-negative')).textContent).toBe('2 new negative feedback since your last visit');
    await waitFor(async () => expect((await services.db.settings.get(FEEDBACK_LAST_VISIT_KEY))?.value).toBe(TEST_NOW));
    expect(await screen.findAllByTestId('feedback-flag')).toHaveLength(3);
    first.unmount();

    renderWithServices(<FeedbackView />, { services });
    expect((await screen.findByTestId('new-negative')).textContent).toBe('No new negative feedback since your last visit.');
  });

  it('lists negative feedback newest first with the removal check', async () => {
    const { db } = renderWithServices(<FeedbackView />);
    await act(() => seedFeedback(db));
    await waitFor(() => expect(screen.getAllByTestId('feedback-flag')).toHaveLength(3));
    expect(screen.getAllByTestId('removal-request')).toHaveLength(1);
    expect(screen.getByText(/Amazon does not count 3 stars as positive/)).toBeTruthy();
  });

  it('guards account health: the 7-day seller cancellation rate against 2.5% and the response-time share', async () => {
    const { db } = renderWithServices(<FeedbackView />);
    const orders = Array.from({ length: 10 }, (_, i) =>
      pendingOrder(`113-000000${i}-1234567`, 'B0HEALTH01', 24 + i, { fulfilment: 'MFN', status: 'shipped', pending: 0, paymentKind: 'card', updatedAt: TEST_NOW - H }),
    );
    orders[0] = { ...orders[0]!, status: 'canceled', history: [{ status: 'unshipped', at: TEST_NOW - 30 * H }, { status: 'canceled', at: TEST_NOW - 20 * H }] };
    await act(async () => {
      await db.orders.bulkPut(orders);
      await db.threads.put(openThread({ dueAt: TEST_NOW - H })); // open past its deadline: a miss
    });
    const health = await screen.findByTestId('account-health');
    await waitFor(() => expect(within(health).getByTestId('cancel-rate').dataset.status).toBe('bad'));
    expect(within(health).getByTestId('cancel-rate').textContent).toContain('1 of 10 orders (10%)');
    expect(within(health).getByTestId('cancel-rate').textContent).toContain('under 2.5%');
    expect(within(health).getByTestId('health-response-7').textContent).toContain('0% answered within 24 h (0 of 1)');
  });

  it('reads in Japanese', async () => {
    const { db } = renderWithServices(<FeedbackView />, { lang: 'ja' });
    await act(() => seedFeedback(db));
    await waitFor(() => expect(screen.getAllByTestId('feedback-flag')).toHaveLength(3));
    expect(screen.getByRole('heading', { level: 2, name: '評価' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'アカウント健全性' })).toBeTruthy();
    expect(screen.getByText('過去7日間に自己発送の注文は記録されていません。')).toBeTruthy();
  });
});
