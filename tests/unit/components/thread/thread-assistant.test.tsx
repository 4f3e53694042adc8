// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThreadAssistant } from '@/components/thread/ThreadAssistant';
import { renderWithServices } from '../render';
import { classification, storeOrder, testDb, textOf, threadSnapshot } from './fixtures';

describe('ThreadAssistant: each kind of result', () => {
  it('free-text cancellation in Japanese: category, confidence, language, signals, playbook and a Japanese reply first', async () => {
    const snapshot = threadSnapshot('注文をキャンセルしてください。', { marketplace: 'JP', buyerName: '山田', orderId: '250-1234567-7654321' });
    renderWithServices(
      <ThreadAssistant
        snapshot={snapshot}
        classification={classification({
          category: 'cancel_request_message',
          confidence: 0.874,
          lang: 'ja',
          signals: ['cancel: free-text request "キャンセルしてください"'],
        })}
      />,
    );

    expect(textOf(screen.getByTestId('category'))).toContain('Cancellation asked in a message');
    expect((screen.getByTestId('category')).getAttribute('data-category')).toBe('cancel_request_message');
    expect(textOf(screen.getByTestId('confidence'))).toContain('87%');
    expect(textOf(screen.getByTestId('detected-language'))).toContain('Japanese');
    expect(within(screen.getByTestId('signals')).getByText('cancel: free-text request "キャンセルしてください"')).toBeTruthy();
    expect(screen.queryByTestId('scam-warning')).toBeNull();

    const playbook = screen.getByTestId('playbook');
    expect(textOf(playbook)).toContain('Cancel items');
    expect(textOf(within(playbook).getByTestId('playbook-never'))).toContain('Never cancel the order yourself');

    // Buyer's language first (Japanese, the buyer's name and order id filled in), then the seller's (English).
    const first = await screen.findByTestId('reply-text-0');
    expect(textOf(first)).toContain('商品をキャンセル');
    expect(textOf(first)).toContain('山田');
    expect(textOf(first)).toContain('250-1234567-7654321');
    expect(screen.getByText("Buyer's language")).toBeTruthy();
    expect(screen.getByText('Your language')).toBeTruthy();
    const english = screen.getAllByTestId(/^reply-text-/).find((el) => el.textContent?.includes('Cancel items'));
    expect(english).toBeDefined();
  });

  it('damaged item on a recent FBA order: order context and the FBA reply first', async () => {
    const db = testDb();
    await storeOrder(db, '302-1111111-2222222', 'FBA', 5);
    renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot('Der Artikel kam kaputt an, das Glas ist zerbrochen.')}
        classification={classification({ category: 'damaged_or_defective', lang: 'de', signals: ['damage: "kaputt"'] })}
      />,
      { services: { db } },
    );

    const order = await screen.findByTestId('order-context');
    expect(textOf(within(order).getByTestId('order-fulfilment'))).toContain('FBA');
    expect(textOf(within(order).getByTestId('order-age'))).toContain('5 days');
    expect(textOf(within(order).getByTestId('return-window'))).toContain('Within the 30-day return window (25 days left)');
    await waitFor(() => expect(textOf(screen.getByTestId('playbook'))).toContain('FBA order: Amazon customer service handles it'));
    expect(textOf(screen.getByTestId('playbook'))).not.toContain('Merchant-fulfilled');
    expect(textOf(screen.getByTestId('reply-text-0'))).toContain('Diese Bestellung wurde von Amazon versandt');
    expect(textOf(screen.getByTestId('reply-text-0'))).toContain('Erika Muster');
  });

  it('damaged item past the 30-day return window: the manufacturer warranty applies', async () => {
    const db = testDb();
    await storeOrder(db, '302-1111111-2222222', 'MFN', 45);
    renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot('Das Gerät funktioniert nicht mehr.')}
        classification={classification({ category: 'damaged_or_defective', lang: 'de' })}
      />,
      { services: { db } },
    );

    expect(textOf(await screen.findByTestId('return-window'))).toContain("The 30-day return window is over: the manufacturer's warranty applies.");
    expect(textOf(screen.getByTestId('order-fulfilment'))).toContain('Merchant-fulfilled');
    await waitFor(() => expect(textOf(screen.getByTestId('playbook'))).toContain("manufacturer's warranty"));
    expect(textOf(screen.getByTestId('reply-text-0'))).toContain('Garantie des Herstellers');
  });

  it('says when the order page has not been read yet', async () => {
    renderWithServices(
      <ThreadAssistant snapshot={threadSnapshot('Wo bleibt mein Paket?')} classification={classification({ category: 'delivery_status', lang: 'de' })} />,
    );
    expect(textOf(await screen.findByTestId('order-context-missing'))).toContain('open the order page once');
    // Without the order page the playbook gives both routes.
    expect(textOf(screen.getByTestId('playbook'))).toContain('FBA order');
    expect(textOf(screen.getByTestId('playbook'))).toContain('Merchant-fulfilled');
  });

  it('thanks: mark "No response needed", no scam warning', async () => {
    renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot('Thank you, everything arrived safely!', { marketplace: 'US', buyerName: 'Sam' })}
        classification={classification({ category: 'thanks', lang: 'en', confidence: 0.95 })}
      />,
    );
    expect(textOf(screen.getByTestId('category'))).toContain('Thank-you message');
    expect(textOf(screen.getByTestId('playbook'))).toContain('No response needed');
    expect(screen.queryByTestId('scam-warning')).toBeNull();
    expect(textOf(await screen.findByTestId('reply-text-0'))).toContain('Dear Sam');
    expect(screen.getByText('No specific phrase matched.')).toBeTruthy();
  });

  it('an undetermined language reads "Not detected" and replies fall back to English with a notice', async () => {
    renderWithServices(
      <ThreadAssistant snapshot={threadSnapshot('👍👍👍')} classification={classification({ category: 'other', lang: 'und' })} />,
    );
    expect(textOf(screen.getByTestId('detected-language'))).toContain('Not detected');
    expect(await screen.findByTestId('buyer-lang-unsupported')).toBeTruthy();
    expect(textOf(screen.getByTestId('reply-text-0'))).toContain('Dear');
  });

  it('no buyer message: says there is nothing to classify', () => {
    renderWithServices(<ThreadAssistant snapshot={threadSnapshot('', { latestBuyerMessage: null, messages: [] })} classification={null} />);
    expect(textOf(screen.getByTestId('no-classification'))).toContain('No buyer message in this thread yet');
    expect(screen.queryByTestId('category')).toBeNull();
    expect(screen.queryByTestId('insert-reply-0')).toBeNull();
  });
});

describe('ThreadAssistant: Japanese UI', () => {
  it('shows the category, playbook, buttons and insert status in Japanese', async () => {
    const user = userEvent.setup();
    renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot('Please cancel my order.', { marketplace: 'US' })}
        classification={classification({ category: 'cancel_request_message', lang: 'en' })}
      />,
      { lang: 'ja' },
    );
    expect(textOf(screen.getByTestId('category'))).toContain('メッセージでのキャンセル依頼');
    expect(screen.getByText('対応手順')).toBeTruthy();
    expect(textOf(screen.getByTestId('playbook'))).toContain('注文履歴の「商品をキャンセル」');
    expect(textOf(screen.getByTestId('detected-language'))).toContain('英語');
    const insert = await screen.findByTestId('insert-reply-0');
    expect(textOf(insert)).toContain('挿入');
    await user.click(insert);
    expect(await screen.findByText('挿入しました。内容を確認し、セラーセントラルでご自身で送信してください。')).toBeTruthy();
  });
});
