// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThreadAssistant } from '@/components/thread/ThreadAssistant';
import { renderWithServices } from '../render';
import { classification, textOf, threadSnapshot } from './fixtures';

const BUYER_WORDS = 'Hi, I need this shipped to my cousin in Indonesia for her birthday, I will pay the extra.';

function renderAddressScam(options: Parameters<typeof renderWithServices>[1] = {}) {
  return renderWithServices(
    <ThreadAssistant
      snapshot={threadSnapshot(BUYER_WORDS, { marketplace: 'US', buyerName: 'Kim', orderId: '113-5555555-6666666' })}
      classification={classification({
        category: 'address_change',
        scam: true,
        lang: 'en',
        confidence: 0.9,
        signals: ['address: change request "shipped to my cousin"', 'scam: destination abroad "Indonesia"'],
      })}
    />,
    options,
  );
}

describe('Scam warning (Indonesia pattern)', () => {
  it('is an alert at the top of the assistant, with the scam reasons and the safe procedure', () => {
    const { container } = renderAddressScam();
    const warning = screen.getByRole('alert');
    expect(warning.getAttribute('data-testid')).toBe('scam-warning');
    expect(warning.className).toContain('scam-warning');
    // First in the assistant: before the classification card.
    const order = [...container.querySelectorAll('[data-testid]')].map((el) => el.getAttribute('data-testid'));
    expect(order.indexOf('scam-warning')).toBeLessThan(order.indexOf('classification'));

    const reasons = within(warning).getByTestId('scam-reasons');
    expect(textOf(reasons)).toContain('scam: destination abroad "Indonesia"');
    // The reasons are the scam signals, not every signal.
    expect(textOf(reasons)).not.toContain('change request');
    expect(textOf(within(warning).getByTestId('scam-procedure'))).toContain('shipping information cannot be changed');
    expect(textOf(warning)).toContain('Never change the address or ship to a new address');
  });

  it('offers the fixed first reply and the second reply for a buyer who insists, both insertable', async () => {
    const user = userEvent.setup();
    const { services } = renderAddressScam();
    const warning = screen.getByTestId('scam-warning');
    const first = await within(warning).findByTestId('scam-reply-text-1');
    const second = within(warning).getByTestId('scam-reply-text-2');
    expect(textOf(first)).toContain('we cannot change the shipping information of your order 113-5555555-6666666');
    expect(textOf(first)).toContain('Dear Kim');
    expect(textOf(second)).toContain("informing Amazon's Seller Support");

    await user.click(within(warning).getByTestId('insert-scam-2'));
    expect(services.insertReply).toHaveBeenCalledWith(textOf(second), 'cursor');
    expect(textOf(screen.getByTestId('insert-status'))).toContain('Inserted — review and send it yourself in Seller Central');
  });

  it('prepares the Seller Support note with the order id and the buyer\'s own words, and copies it', async () => {
    const user = userEvent.setup();
    const { services } = renderAddressScam();
    const note = screen.getByTestId('support-note');
    expect(textOf(note)).toContain('113-5555555-6666666');
    expect(textOf(note)).toContain(`> ${BUYER_WORDS}`);

    await user.click(screen.getByRole('button', { name: 'Copy note' }));
    expect(services.copyToClipboard).toHaveBeenCalledWith(textOf(note));
    expect(textOf(screen.getByTestId('support-note-status'))).toBe('Note copied to the clipboard.');
  });

  it('says so when the note cannot be copied', async () => {
    const user = userEvent.setup();
    renderAddressScam({ services: { copyToClipboard: vi.fn(async () => false) } });
    await user.click(screen.getByTestId('copy-support-note'));
    expect(textOf(screen.getByTestId('support-note-status'))).toContain('select the note and copy it yourself');
  });

  it('a scam outside the address pattern gets the warning and the note but no Indonesia replies', async () => {
    renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot('Contact me on WhatsApp +44 7700 900123 and I pay by bank transfer.')}
        classification={classification({ category: 'other', scam: true, signals: ['scam: off-Amazon contact "WhatsApp"'] })}
      />,
    );
    const warning = screen.getByTestId('scam-warning');
    expect(textOf(warning)).toContain('scam: off-Amazon contact "WhatsApp"');
    expect(textOf(warning)).toContain('known scam pattern');
    await screen.findByTestId('reply-text-0');
    expect(within(warning).queryByTestId('scam-reply-text-1')).toBeNull();
    expect(textOf(screen.getByTestId('support-note'))).toContain('WhatsApp +44 7700 900123');
  });

  it('in Japanese: the warning, the procedure and the note are in Japanese; the replies stay in the buyer\'s language', async () => {
    renderAddressScam({ lang: 'ja' });
    const warning = screen.getByTestId('scam-warning');
    expect(textOf(warning)).toContain('詐欺の可能性');
    expect(textOf(within(warning).getByTestId('scam-procedure'))).toContain('配送先情報は変更できない');
    expect(textOf(screen.getByTestId('support-note'))).toContain('注文番号 113-5555555-6666666');
    expect(textOf(await within(warning).findByTestId('scam-reply-text-1'))).toContain('Dear Kim');
  });
});
