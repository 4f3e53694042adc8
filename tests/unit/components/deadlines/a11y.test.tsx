// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { NeedsReplyView } from '@/components/deadlines/NeedsReplyView';
import { FeedbackPageAssistant } from '@/components/feedback/FeedbackPageAssistant';
import { FeedbackView } from '@/components/feedback/FeedbackView';
import { HoldsView } from '@/components/holds/HoldsView';
import { OrderAssistant } from '@/components/orders/OrderAssistant';
import { SettingsView } from '@/components/settings/SettingsView';
import type { GuardDB } from '@/lib/db/db';
import { ingestFeedbackSnapshot } from '@/lib/feedback/store';
import type { FeedbackSnapshot, OrderSnapshot } from '@/lib/sellercentral/types';
import { HOLD_ASIN, HOLD_ORDER_IDS, holdPattern } from '../holds/orders';
import { renderWithServices, TEST_NOW } from '../render';
import { openThread } from './threads';

const H = 3_600_000;

/** axe's structural rules (labels, roles, names, headings); colour contrast needs a real browser (e2e). */
async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

const FEEDBACK: FeedbackSnapshot = {
  kind: 'feedback',
  url: 'https://sellercentral.amazon.com/feedback-manager/index.html',
  marketplace: 'US',
  rows: [
    { orderId: '111-0000001-0000001', date: null, dateText: null, rating: 1, comment: 'The lid cracks easily. Poor design.' },
    { orderId: '111-0000002-0000002', date: null, dateText: null, rating: 2, comment: 'Seller never answered my messages.' },
    { orderId: '111-0000003-0000003', date: null, dateText: null, rating: 5, comment: 'Great' },
  ],
};

async function seedEverything(db: GuardDB) {
  await db.orders.bulkPut(holdPattern());
  await db.threads.bulkPut([
    openThread({ dueAt: TEST_NOW - H, category: 'thanks', orderId: HOLD_ORDER_IDS[0]! }),
    openThread({ dueAt: TEST_NOW + 2 * H, category: 'cancel_request_message', orderId: HOLD_ORDER_IDS[1]! }),
  ]);
  await ingestFeedbackSnapshot(db, FEEDBACK, TEST_NOW - H);
}

async function check(ui: ReactElement, lang: 'en' | 'ja', ready: () => Promise<unknown>) {
  const { container, db } = renderWithServices(<main>{ui}</main>, { lang });
  await act(() => seedEverything(db));
  await ready();
  expect(await violations(container)).toEqual([]);
}

const order: OrderSnapshot = {
  kind: 'order',
  url: 'https://sellercentral-japan.amazon.com/orders-v3/order/x',
  marketplace: 'JP',
  orderId: HOLD_ORDER_IDS[1]!,
  orderDate: new Date(TEST_NOW - 4 * H).toISOString(),
  orderDateText: null,
  status: 'pending',
  statusText: null,
  fulfilment: 'MFN',
  shipBy: new Date(TEST_NOW + 30 * H).toISOString(),
  shipByText: null,
  shipToCountry: null,
  buyerName: null,
  paymentMethod: null,
  paymentKind: 'konbini',
  buyerRequestedCancel: null,
  items: [{ asin: HOLD_ASIN, sku: null, title: null, quantity: 2 }],
};

describe.each(['en', 'ja'] as const)('Accessibility of the deadline, hold, order, feedback and settings views (%s)', (lang) => {
  it('needs reply', () => check(<NeedsReplyView />, lang, () => screen.findAllByTestId('needs-reply-item')));
  it('holds', () => check(<HoldsView />, lang, () => screen.findAllByTestId('hold-report-text')));
  it('order assistant', () =>
    check(<OrderAssistant snapshot={order} />, lang, async () => {
      await screen.findByTestId('hold-warning');
      await screen.findByTestId('cancel-rate-warning');
    }));
  it('feedback view', () => check(<FeedbackView />, lang, () => screen.findAllByTestId('feedback-flag')));
  it('feedback page assistant', () => check(<FeedbackPageAssistant snapshot={FEEDBACK} />, lang, () => screen.findAllByTestId('feedback-flag')));
  it('settings with a validation error', () =>
    check(<SettingsView />, lang, async () => {
      const user = userEvent.setup();
      const save = await screen.findByRole('button', { name: lang === 'ja' ? '設定を保存' : 'Save settings' });
      const near = screen.getAllByRole('spinbutton')[0]!;
      await user.clear(near);
      await user.click(save);
      await screen.findByRole('alert');
    }));
});
