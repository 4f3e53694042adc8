// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ServicesProvider } from '@/components/shell/services';
import { ThreadAssistant } from '@/components/thread/ThreadAssistant';
import { createTemplate } from '@/lib/db/templates';
import { renderWithServices } from '../render';
import { classification, testDb, textOf, threadSnapshot } from './fixtures';

const cancelThread = () => (
  <ThreadAssistant
    snapshot={threadSnapshot('Please cancel my order, I ordered the wrong size.', { marketplace: 'US', buyerName: 'Alex' })}
    classification={classification({ category: 'cancel_request_message', lang: 'en' })}
  />
);

describe('Insert a reply', () => {
  it('inserts the shown text at the cursor and tells the seller to review and send it themselves', async () => {
    const user = userEvent.setup();
    const { services } = renderWithServices(cancelThread());
    const text = textOf(await screen.findByTestId('reply-text-0'));
    await user.click(screen.getByTestId('insert-reply-0'));
    expect(services.insertReply).toHaveBeenCalledTimes(1);
    expect(services.insertReply).toHaveBeenCalledWith(text, 'cursor');
    expect(services.copyToClipboard).not.toHaveBeenCalled();
    expect(textOf(screen.getByTestId('insert-status'))).toBe('Inserted — review and send it yourself in Seller Central.');
  });

  it('without a reply box: copies the text and says so', async () => {
    const user = userEvent.setup();
    const { services } = renderWithServices(cancelThread(), {
      services: { insertReply: vi.fn(async () => ({ ok: false as const, reason: 'no-reply-box' as const })) },
    });
    const text = textOf(await screen.findByTestId('reply-text-0'));
    await user.click(screen.getByTestId('insert-reply-0'));
    await waitFor(() => expect(services.copyToClipboard).toHaveBeenCalledWith(text));
    expect(textOf(screen.getByTestId('insert-status'))).toContain('No reply box found: copied to the clipboard');
  });

  it('when inserting fails (or throws): copies the text instead', async () => {
    const user = userEvent.setup();
    const { services } = renderWithServices(cancelThread(), {
      services: {
        insertReply: vi.fn(async () => {
          throw new Error('tab closed');
        }),
      },
    });
    const text = textOf(await screen.findByTestId('reply-text-0'));
    await user.click(screen.getByTestId('insert-reply-0'));
    await waitFor(() => expect(services.copyToClipboard).toHaveBeenCalledWith(text));
    expect(textOf(screen.getByTestId('insert-status'))).toContain('Could not insert into the reply box: copied to the clipboard');
  });

  it('when the clipboard fails too: tells the seller to copy the text by hand', async () => {
    const user = userEvent.setup();
    renderWithServices(cancelThread(), {
      services: {
        insertReply: vi.fn(async () => ({ ok: false as const, reason: 'no-reply-box' as const })),
        copyToClipboard: vi.fn(async () => false),
      },
    });
    await user.click(await screen.findByTestId('insert-reply-0'));
    expect(textOf(await screen.findByTestId('insert-status'))).toContain('select the reply text and copy it yourself');
  });

  it('a reply with policy findings shows them highlighted, named, and asks before inserting', async () => {
    const user = userEvent.setup();
    const db = testDb();
    const made = await createTemplate(db, {
      category: 'cancel_request_message',
      lang: 'en',
      title: 'My cancel reply',
      body: 'Hi {buyerName}, write to help@shop-example.com or see www.shop-example.com',
    });
    expect(made.ok).toBe(true);
    const { services } = renderWithServices(cancelThread(), { services: { db } });

    const texts = await screen.findAllByTestId(/^reply-text-/);
    const index = texts.findIndex((el) => textOf(el).startsWith('Hi Alex, write to'));
    expect(index).toBeGreaterThanOrEqual(0);
    const marks = [...texts[index]!.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-rule')])).toEqual([
      ['help@shop-example.com', 'email'],
      ['www.shop-example.com', 'external-link'],
    ]);
    expect(screen.getByText('E-mail address')).toBeTruthy();
    expect(screen.getByText('External link')).toBeTruthy();

    await user.click(screen.getByTestId(`insert-reply-${index}`));
    expect(services.insertReply).not.toHaveBeenCalled();
    expect(textOf(screen.getByRole('group'))).toContain("breaks Amazon's messaging rules (2 highlighted)");

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(services.insertReply).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();

    await user.click(screen.getByTestId(`insert-reply-${index}`));
    await user.click(screen.getByTestId(`confirm-insert-reply-${index}`));
    expect(services.insertReply).toHaveBeenCalledWith(textOf(texts[index]), 'cursor');
  });

  it('a clean builtin reply inserts without asking', async () => {
    const user = userEvent.setup();
    const { services } = renderWithServices(cancelThread());
    await user.click(await screen.findByTestId('insert-reply-0'));
    expect(screen.queryByRole('group')).toBeNull();
    expect(services.insertReply).toHaveBeenCalledTimes(1);
  });
});

describe('Moving to another thread', () => {
  it('starts with a clean insert status', async () => {
    const user = userEvent.setup();
    const { rerender, services } = renderWithServices(cancelThread());
    await user.click(await screen.findByTestId('insert-reply-0'));
    expect(textOf(screen.getByTestId('insert-status'))).toContain('Inserted');
    rerender(
      <ServicesProvider services={services}>
        <ThreadAssistant
          snapshot={threadSnapshot('Where is my parcel?', { threadId: 'thread-2', marketplace: 'US' })}
          classification={classification({ category: 'delivery_status', lang: 'en' })}
        />
      </ServicesProvider>,
    );
    expect(textOf(screen.getByTestId('insert-status'))).toBe('');
    expect(screen.getByTestId('category').getAttribute('data-category')).toBe('delivery_status');
  });
});

describe('Buyer text is inert', () => {
  it('renders HTML and script from the page as text, everywhere it appears', async () => {
    const hostile = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script> please cancel';
    const { container } = renderWithServices(
      <ThreadAssistant
        snapshot={threadSnapshot(hostile, { buyerName: '<b onmouseover="x()">Mallory</b>', orderId: '<i>1</i>' })}
        classification={classification({
          category: 'cancel_request_message',
          scam: true,
          lang: 'en',
          signals: ['scam: phishing link "<a href=javascript:alert(1)>"'],
        })}
      />,
    );
    await screen.findByTestId('reply-text-0');
    expect(container.querySelector('img, script, b, i, a[href]')).toBeNull();
    expect(textOf(screen.getByTestId('support-note'))).toContain('<script>globalThis.__pwned=2</script>');
    expect(textOf(screen.getByTestId('scam-reasons'))).toContain('<a href=javascript:alert(1)>');
    expect(textOf(screen.getByTestId('reply-text-0'))).toContain('<b onmouseover="x()">Mallory</b>');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
