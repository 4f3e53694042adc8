import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');

export interface FixtureEntry {
  file: string;
  url: string;
  kind: string;
  description: string;
}

export const fixtureIndex: FixtureEntry[] = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'index.json'), 'utf8'));

export function fixtureHtml(file: string): string {
  return readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

/** A sample page parsed the way the extract CLI and Node see it: scripts not run, declarative shadow DOM unattached. */
export function loadFixture(file: string): { doc: Document; url: string } {
  const entry = fixtureIndex.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in index.json`);
  return { doc: parseHtml(fixtureHtml(file)), url: entry.url };
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
