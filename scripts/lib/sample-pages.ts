/**
 * Variants of the sample pages made at test time: the same realistic HTML, with the clock-relevant parts (case id,
 * order id, message times) rewritten so a test can say "a thread received 20 hours ago".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, fixtureByFile } from './fixture-server';

export function sampleHtml(file: string): string {
  return readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

const US_TIME = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/Los_Angeles',
  timeZoneName: 'short',
});

/** A US thread page (from `file`) with its own case id and order id, its buyer message received at `receivedAt`. */
export function usThreadReceivedAt(file: string, opts: { caseId: string; orderId: string; receivedAt: Date }) {
  const original = fixtureByFile(file);
  const originalCaseId = new URL(original.url).searchParams.get('ss')!;
  let html = sampleHtml(file).replaceAll(originalCaseId, opts.caseId);
  // The thread's own order id is the one in its subject (the case list beside it names other orders).
  const originalOrderId = html.match(/Order: (\d{3}-\d{7}-\d{7})/)![1]!;
  html = html.replaceAll(originalOrderId, opts.orderId);
  html = html.replace(
    /<time data-test-id="message-time" datetime="[^"]+">[^<]+<\/time>/,
    `<time data-test-id="message-time" datetime="${opts.receivedAt.toISOString()}">${US_TIME.format(opts.receivedAt).replace(',', '').replace(/, (\d+:)/, ' $1')}</time>`,
  );
  const url = original.url.replace(originalCaseId, opts.caseId);
  return { url, html };
}

/** What Seller Central shows after the seller sends a reply: an outgoing message appended to the thread. */
export function appendSellerReply(text: string, at: Date): string {
  return `(() => {
    const list = document.querySelector('[data-test-id="thread-messages"]');
    const li = document.createElement('li');
    li.className = 'message message--outgoing';
    li.setAttribute('data-test-id', 'thread-message');
    li.innerHTML = '<div class="message__meta"><span class="message__sender" data-test-id="message-sender">Maple Lane Home (You)</span>' +
      '<time data-test-id="message-time" datetime="${at.toISOString()}">just now</time></div>' +
      '<div class="message__body" data-test-id="message-body"><p></p></div>';
    li.querySelector('p').textContent = ${JSON.stringify(text)};
    list.appendChild(li);
  })()`;
}

/** The same thread still waiting for the seller: the seller's reply removed, the status badge back to "Response needed". */
export function withoutSellerReply(html: string): string {
  return html
    .replace(/<li class="message message--outgoing"[\s\S]*?<\/li>/g, '')
    .replaceAll('label="Responded" type="success"', 'label="Response needed" type="warning"')
    .replaceAll('badge--success" part="badge">Responded<', 'badge--warning" part="badge">Response needed<');
}

const JST_MS = 9 * 3_600_000; // Japan has no daylight-saving time
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Moves every "YYYY/MM/DD HH:MM" (JST, as the Japanese order pages write them) so that the newest one is `newest`:
 * tests about recent orders (bulk holds look at the last days) keep working whatever day they run.
 */
export function rebaseJpDates(html: string, newest: Date): string {
  const pattern = /(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})/g;
  const times = [...html.matchAll(pattern)].map(([, y, mo, d, h, mi]) => Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!) - JST_MS);
  if (times.length === 0) return html;
  const delta = newest.getTime() - Math.max(...times);
  return html.replace(pattern, (_m, y: string, mo: string, d: string, h: string, mi: string) => {
    const t = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi) - JST_MS + delta + JST_MS);
    return `${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  });
}
