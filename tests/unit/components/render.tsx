import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ServicesProvider, type PanelServices } from '@/components/shell/services';
import { useUi } from '@/components/shell/ui-store';
import { GuardDB } from '@/lib/db/db';
import type { UiLang } from '@/lib/i18n';

/** A fixed "now" for panel tests: 2025-03-10 09:00 UTC. */
export const TEST_NOW = Date.UTC(2025, 2, 10, 9, 0, 0);

/**
 * Fake panel services around a real (fake-indexeddb) database of its own. Every browser-facing call is a vi.fn so a
 * test can both change its answer and assert on how it was called. Defaults: no tab state, insert succeeds, copy
 * succeeds, time stands still at TEST_NOW.
 */
export function fakeServices(overrides: Partial<PanelServices> = {}): PanelServices {
  return {
    db: new GuardDB(`t-${crypto.randomUUID()}`),
    tabId: 1,
    loadTabState: vi.fn(async () => null),
    subscribeTabState: vi.fn(() => () => {}),
    insertReply: vi.fn(async (text: string) => ({ ok: true as const, how: 'native-setter' as const, length: text.length })),
    copyToClipboard: vi.fn(async () => true),
    openUrl: vi.fn(),
    now: () => TEST_NOW,
    ...overrides,
  };
}

/** Render a panel component inside ServicesProvider with the UI in `lang` (English unless told). */
export function renderWithServices(
  ui: ReactElement,
  options: { services?: Partial<PanelServices>; lang?: UiLang } = {},
): RenderResult & { services: PanelServices; db: GuardDB } {
  const services = fakeServices(options.services);
  useUi.setState({ lang: options.lang ?? 'en', view: 'page' });
  const result = render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
  return { ...result, services, db: services.db };
}
