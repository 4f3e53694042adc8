/**
 * Serves the bundled sample Seller Central pages (tests/fixtures/pages) over HTTPS under their real host names.
 * Chromium is started with --host-resolver-rules mapping those hosts to this server, so the extension's real
 * manifest matches apply and no request leaves the machine. Used by `npm run demo` and the e2e tests.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { SELLER_CENTRAL_HOSTS } from '../../lib/sellercentral/hosts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_DIR = path.join(REPO_ROOT, 'tests/fixtures/pages');

export interface FixturePage {
  file: string;
  url: string;
  kind: string;
  description: string;
}

export function loadFixtureIndex(): FixturePage[] {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'index.json'), 'utf8')) as FixturePage[];
}

export function fixtureByFile(file: string): FixturePage {
  const page = loadFixtureIndex().find((p) => p.file === file);
  if (!page) throw new Error(`no fixture page ${file} in tests/fixtures/pages/index.json`);
  return page;
}

export interface FixtureServer {
  port: number;
  /** Serve `html` at `url` (host + path + query) instead of (or besides) the fixture pages. */
  route(url: string, html: string): void;
  /** Every request the server answered, as absolute URLs (for the privacy test). */
  requests: string[];
  /** Chromium flags that send the fixture hosts (and only them) to this server. */
  chromiumArgs(): string[];
  close(): Promise<void>;
}

/** Host names the server answers for: every Seller Central host plus example.com (the non-Seller-Central page). */
export const SERVED_HOSTS = [...Object.keys(SELLER_CENTRAL_HOSTS), 'example.com'];

function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  for (const page of loadFixtureIndex()) {
    routes.set(routeKey(page.url), readFileSync(path.join(FIXTURE_DIR, page.file), 'utf8'));
  }
  const requests: string[] = [];
  const pems = await generate([{ name: 'commonName', value: 'sellercentral.amazon.com' }], { keyType: 'ec', notAfterDate: new Date(Date.now() + 7 * 86_400_000) });

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = `https://${host}${req.url ?? '/'}`;
    requests.push(url);
    const parsed = new URL(url);
    // Exact URL first, then the same path with any query (SPA filters such as ?fi=responseNeeded).
    const html =
      routes.get(`${parsed.host}${parsed.pathname}${parsed.search}`) ??
      [...routes.entries()].find(([key]) => key.split('?')[0] === `${parsed.host}${parsed.pathname}`)?.[1];
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`No sample page at ${url}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  };
  const server = createServer({ key: pems.private, cert: pems.cert }, handler);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;

  return {
    port: actualPort,
    requests,
    route(url, html) {
      routes.set(routeKey(url), html);
    },
    chromiumArgs() {
      const rules = SERVED_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${actualPort}`).join(', ');
      return [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
