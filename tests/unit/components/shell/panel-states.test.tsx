// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// Manual mode imports the classifier on first use; loading it here keeps that first import from racing the assertions.
import '@/lib/classify';
import { App } from '@/components/App';
import { useUi } from '@/components/shell/ui-store';
import { updateSettings } from '@/lib/db/settings';
import type { TabState } from '@/lib/extension/tab-state';
import type { PageSnapshot } from '@/lib/sellercentral/types';
import { renderWithServices, TEST_NOW } from '../render';

function stateWith(snapshot: PageSnapshot): TabState {
  return { tabId: 1, updatedAt: TEST_NOW, frames: { '0': { frameId: 0, snapshot, classification: null, receivedAt: TEST_NOW } } };
}

const THREAD: PageSnapshot = {
  kind: 'thread',
  url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=x',
  marketplace: 'US',
  threadId: 'x',
  orderId: '111-2223333-4445555',
  asins: ['B0TESTTEST'],
  buyerName: 'Ana <b>Bold</b>',
  subject: 'Inquiry',
  messages: [{ sender: 'buyer', time: null, timeText: null, body: '<img src=x onerror=alert(1)> where is it?' }],
  latestBuyerMessage: { sender: 'buyer', time: null, timeText: null, body: '<img src=x onerror=alert(1)> where is it?' },
  replyBoxFound: false,
  responseNeeded: true,
};

describe('panel states', () => {
  it('loading: says it is reading until the tab state answers', async () => {
    let resolve!: (s: TabState | null) => void;
    renderWithServices(<App />, { services: { loadTabState: () => new Promise((r) => (resolve = r)) } });
    expect(screen.getByRole('status').textContent).toBe('Reading the page…');
    await act(async () => resolve(null));
    expect(screen.getAllByRole('status')[0]!.textContent).toContain('Open a Seller Central page');
  });

  it('unrecognised page: gives the reason and offers manual mode', async () => {
    const unrecognised: PageSnapshot = { kind: 'unrecognised', url: 'https://sellercentral.amazon.com/home', reason: 'no message, order or feedback on /home' };
    renderWithServices(<App />, { services: { loadTabState: async () => stateWith(unrecognised) } });
    const card = await screen.findByTestId('unrecognised');
    expect(card.textContent).toContain('Reason: no message, order or feedback on /home');
    expect(screen.getByTestId('manual-classify')).toBeTruthy();
  });

  it('a thread: shows what was read, page text as inert text', async () => {
    const { container } = renderWithServices(<App />, { services: { loadTabState: async () => stateWith(THREAD) } });
    expect((await screen.findByTestId('fact-order-id')).textContent).toBe('111-2223333-4445555');
    expect(screen.getByTestId('fact-buyer').textContent).toBe('Ana <b>Bold</b>');
    expect(screen.getByTestId('latest-buyer-message').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('main img, main b')).toBeNull();
    expect(screen.getByText(/No reply box on this page/)).toBeTruthy();
  });

  it('updates when the worker reports a new snapshot for the tab', async () => {
    let push!: (s: TabState | null) => void;
    renderWithServices(<App />, {
      services: {
        loadTabState: async () => null,
        subscribeTabState: (listener) => {
          push = listener;
          return () => {};
        },
      },
    });
    await screen.findByText(/Open a Seller Central page/);
    await act(async () => push(stateWith(THREAD)));
    expect((await screen.findByTestId('fact-order-id')).textContent).toBe('111-2223333-4445555');
  });

  it('switches views from the keyboard and between English and Japanese', async () => {
    const user = userEvent.setup();
    renderWithServices(<App />);
    await user.tab();
    await user.tab(); // past the language switch, onto the first nav button
    await user.tab();
    await user.keyboard('{Enter}');
    expect(useUi.getState().view).toBe('needsReply');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ja');
    expect(screen.getByTestId('nav-page').textContent).toBe('このページ');
  });

  it('applies the language stored in Settings when the panel opens', async () => {
    const { db } = renderWithServices(<App />);
    await act(async () => {
      await updateSettings(db, { uiLang: 'ja' });
    });
    await waitFor(() => expect(screen.getByTestId('nav-page').textContent).toBe('このページ'));
  });

  it('counts open threads beside "Needs reply"', async () => {
    const { db } = renderWithServices(<App />);
    await act(async () => {
      await db.threads.put({
        key: 'US:t1', marketplace: 'US', threadId: 't1', orderId: null, buyerName: 'B', subject: null, url: 'https://sellercentral.amazon.com/x',
        category: 'other', scam: false, lang: 'en', state: 'open', open: 1, firstSeenAt: TEST_NOW, clockStartAt: TEST_NOW, dueAt: TEST_NOW + 86_400_000,
        closedAt: null, lastReadAt: TEST_NOW, responses: [], seenBuyerKey: null, clockKey: null, clockFromPage: false, nearNotifiedFor: null,
      });
    });
    await waitFor(() => expect(screen.getByTestId('nav-count-needsReply').textContent).toContain('1'));
  });
});

describe('manual mode under a page that was read', () => {
  it('opens by itself with the text chosen by "Classify selected text"', async () => {
    renderWithServices(<App />, {
      services: {
        loadTabState: async () => stateWith(THREAD),
        takeManualText: async () => 'Please send it to my cousin in Lagos, Nigeria instead, I will pay by PayPal.',
      },
    });
    const section = (await screen.findByTestId('manual-on-page')) as HTMLDetailsElement;
    await waitFor(() => expect(section.open).toBe(true));
    expect(section.querySelector('[data-testid="scam-warning"]')).not.toBeNull();
  });

  it('text chosen while the panel is open on another view: back to this page, classified at once', async () => {
    const user = userEvent.setup();
    let waiting: string | null = null;
    let notify: (() => void) | undefined;
    renderWithServices(<App />, {
      services: {
        loadTabState: async () => stateWith(THREAD),
        takeManualText: async () => {
          const text = waiting;
          waiting = null;
          return text;
        },
        subscribeManualText: (listener) => {
          notify = listener;
          return () => (notify = undefined);
        },
      },
    });
    await user.click(await screen.findByTestId('nav-holds'));
    expect(screen.queryByTestId('manual-on-page')).toBeNull();

    waiting = 'Bitte schicken Sie das Paket an meinen Neffen in Istanbul, er hat Geburtstag.';
    act(() => notify!());
    const section = (await screen.findByTestId('manual-on-page')) as HTMLDetailsElement;
    await waitFor(() => expect(section.open).toBe(true));
    expect(screen.getByTestId('nav-page').getAttribute('aria-current')).toBe('page');
    expect(section.querySelector('[data-testid="scam-warning"]')).not.toBeNull();

    // A second selection while the page view is showing replaces the first.
    const thanks = 'Vielen Dank, alles ist gut angekommen!';
    waiting = thanks;
    act(() => notify!());
    await waitFor(() => expect((screen.getByTestId('manual-body') as HTMLTextAreaElement).value).toBe(thanks));
    await waitFor(() => expect(section.querySelector('[data-testid="scam-warning"]')).toBeNull());
    expect(section.querySelector('[data-testid="category"]')?.getAttribute('data-category')).toBe('thanks');
  });

  it('stays closed when no text was chosen', async () => {
    renderWithServices(<App />, { services: { loadTabState: async () => stateWith(THREAD), takeManualText: async () => null } });
    const section = (await screen.findByTestId('manual-on-page')) as HTMLDetailsElement;
    await new Promise((r) => setTimeout(r, 50));
    expect(section.open).toBe(false);
  });
});
