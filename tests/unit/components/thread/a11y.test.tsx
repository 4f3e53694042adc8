// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { ManualClassify } from '@/components/manual/ManualClassify';
import { TemplatesView } from '@/components/templates/TemplatesView';
import { ThreadAssistant } from '@/components/thread/ThreadAssistant';
import { renderWithServices } from '../render';
import { classification, threadSnapshot } from './fixtures';

/** axe's structural rules (labels, roles, names, heading order); colour contrast needs a real browser (e2e). */
async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// jsdom has no canvas; axe only uses it to measure icon ligatures, which these views do not have.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

describe('Accessibility (axe, structural rules)', () => {
  it('thread assistant with a scam warning and replies', async () => {
    const { container } = renderWithServices(
      <main>
        <ThreadAssistant
          snapshot={threadSnapshot('Please ship to my friend in Indonesia.', { marketplace: 'US' })}
          classification={classification({ category: 'address_change', scam: true, signals: ['scam: destination abroad "Indonesia"'] })}
        />
      </main>,
    );
    await screen.findByTestId('scam-reply-text-1');
    expect(await violations(container)).toEqual([]);
  });

  it('manual mode', async () => {
    const { container } = renderWithServices(
      <main>
        <ManualClassify />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('templates view', async () => {
    const { container } = renderWithServices(
      <main>
        <TemplatesView />
      </main>,
    );
    await screen.findAllByRole('heading', { level: 3 });
    expect(await violations(container)).toEqual([]);
  }, 20_000); // axe over every built-in template: seconds on a loaded machine
});
