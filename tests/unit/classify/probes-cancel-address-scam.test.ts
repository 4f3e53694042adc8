import { classify } from '@/lib/classify';
import { PROBES } from './probes-cancel-address-scam';

// Fresh phrasings of cancellations, address changes and scam patterns (and look-alikes that must stay false), written
// for these tests: the rules must recognise the family, not the dev corpus's wording.
describe('classify: probes for cancel_request_message, address_change and the scam flag', () => {
  it.each(PROBES.map((e) => [`${e.category}${e.scam ? '+scam' : ''} [${e.lang}] ${e.body.slice(0, 60)}`, e] as const))('%s', (_name, e) => {
    const got = classify({ subject: e.subject, body: e.body, marketplace: e.marketplace });
    expect({ category: got.category, scam: got.scam, lang: got.lang }).toEqual({ category: e.category, scam: e.scam, lang: e.lang });
  });

  it('has true and false scam cases for every language family it covers', () => {
    const langs = new Set(PROBES.map((e) => e.lang));
    expect(langs.size).toBeGreaterThanOrEqual(10);
    expect(PROBES.filter((e) => e.scam).length).toBeGreaterThan(20);
    expect(PROBES.filter((e) => !e.scam && e.category === 'address_change').length).toBeGreaterThan(10);
  });
});
