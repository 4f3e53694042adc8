// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// Manual mode imports the classifier on first use; loading it here keeps that first import from racing the assertions.
import '@/lib/classify';
import { ManualClassify } from '@/components/manual/ManualClassify';
import { renderWithServices } from '../render';

const textOf = (el: Element | null) => el?.textContent ?? '';

describe('Manual mode', () => {
  it('classifies a pasted message and shows the same advice; insert falls back to copy without a reply box', async () => {
    const user = userEvent.setup();
    const { services } = renderWithServices(<ManualClassify />, {
      services: { insertReply: vi.fn(async () => ({ ok: false as const, reason: 'no-reply-box' as const })) },
    });
    await user.type(screen.getByLabelText('Paste the buyer message'), 'Hello, could you please cancel my order? I bought the wrong colour.');
    await user.click(screen.getByRole('button', { name: 'Classify' }));

    expect(screen.getByTestId('category').getAttribute('data-category')).toBe('cancel_request_message');
    expect(textOf(screen.getByTestId('playbook'))).toContain('Cancel items');
    const text = textOf(await screen.findByTestId('reply-text-0'));
    await user.click(screen.getByTestId('insert-reply-0'));
    await waitFor(() => expect(services.copyToClipboard).toHaveBeenCalledWith(text));
    expect(textOf(screen.getByTestId('insert-status'))).toContain('No reply box found: copied to the clipboard');
  });

  it('uses the subject and order id it is given: a scam request gets the warning and a note with that order id', async () => {
    const user = userEvent.setup();
    renderWithServices(<ManualClassify />);
    const words = 'I just ordered. Please send it to my friend in Indonesia instead, it is a birthday gift. Address: Jl. Melati 7, Jakarta.';
    await user.click(screen.getByLabelText('Paste the buyer message'));
    await user.paste(words);
    await user.type(screen.getByLabelText('Subject (optional)'), 'Shipping address');
    await user.type(screen.getByLabelText('Order ID (optional)'), '171-2222222-3333333');
    await user.click(screen.getByRole('button', { name: 'Classify' }));

    const warning = await screen.findByTestId('scam-warning');
    expect(warning.getAttribute('role')).toBe('alert');
    const note = textOf(screen.getByTestId('support-note'));
    expect(note).toContain('171-2222222-3333333');
    expect(note).toContain(words);
    expect(textOf(await screen.findByTestId('scam-reply-text-1'))).toContain('171-2222222-3333333');
  });

  it('takes the text chosen with "Classify selected text" on opening, and classifies it', async () => {
    const takeManualText = vi.fn(async () => 'Vielen Dank, alles ist gut angekommen!');
    renderWithServices(<ManualClassify />, { services: { takeManualText } });
    expect(await screen.findByText('Classified the text you selected on the page.')).toBeTruthy();
    expect((screen.getByLabelText('Paste the buyer message') as HTMLTextAreaElement).value).toBe('Vielen Dank, alles ist gut angekommen!');
    expect(screen.getByTestId('category').getAttribute('data-category')).toBe('thanks');
    expect(textOf(screen.getByTestId('detected-language'))).toContain('German');
    expect(takeManualText).toHaveBeenCalledTimes(1);
  });

  it('nothing waiting from the context menu: an empty form, no result', async () => {
    renderWithServices(<ManualClassify />, { services: { takeManualText: vi.fn(async () => null) } });
    await Promise.resolve();
    expect((screen.getByLabelText('Paste the buyer message') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByTestId('category')).toBeNull();
  });

  it('an empty message asks for one instead of classifying', async () => {
    const user = userEvent.setup();
    renderWithServices(<ManualClassify />);
    await user.type(screen.getByLabelText('Paste the buyer message'), '   ');
    await user.click(screen.getByRole('button', { name: 'Classify' }));
    expect(textOf(screen.getByRole('alert'))).toBe('Paste a message first.');
    expect(screen.queryByTestId('category')).toBeNull();
  });

  it('a 50 KB paste of mixed languages, emoji and markup gives a result, shown as text', async () => {
    const user = userEvent.setup();
    const { container } = renderWithServices(<ManualClassify />);
    const chunk = 'Where is my parcel? 荷物はまだですか 📦 <script>alert(1)</script> ';
    const big = chunk.repeat(Math.ceil(50_000 / chunk.length));
    await user.click(screen.getByLabelText('Paste the buyer message'));
    await user.paste(big);
    await user.click(screen.getByRole('button', { name: 'Classify' }));
    expect((await screen.findByTestId('category')).getAttribute('data-category')).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(textOf(screen.getByTestId('playbook')).length).toBeGreaterThan(0);
  });

  it('speaks Japanese when the UI is Japanese', () => {
    renderWithServices(<ManualClassify />, { lang: 'ja' });
    expect(screen.getByLabelText('購入者のメッセージを貼り付け')).toBeTruthy();
    expect(screen.getByRole('button', { name: '分類する' })).toBeTruthy();
  });
});
