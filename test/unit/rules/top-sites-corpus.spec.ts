/**
 * Real Set-Cookie / Cookie headers of popular sites (jshttp/cookie's top-site fixtures, read-only from
 * test/corpus/data): each site's headers arrive on one https response, then its Cookie header is sent.
 * The engine must judge every one of them without throwing, with known rule ids only, and never report a
 * deletion as an insecure cookie.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { ALL_RULES } from '../../../src/core/rules/index.ts';
import { capture } from './helpers.ts';

const corpus = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../corpus/data/jshttp-cookie/${name}`, import.meta.url), 'utf8'));
const setCookies = corpus('top-set-cookie.json') as Record<string, string[]>;
const cookieHeaders = corpus('top-cookie.json') as Record<string, string>;
const known: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));

describe('top-site headers (jshttp/cookie corpus)', () => {
  const sites = Object.keys(setCookies);

  it('has the corpus', () => {
    expect(sites.length).toBeGreaterThan(10);
  });

  it.each(sites)('%s is judged without surprises', (site) => {
    const url = `https://www.${site}/`;
    const a = analyseExchanges(
      capture([
        { url, set: setCookies[site] ?? [] },
        { url: `${url}next`, cookie: cookieHeaders[site] ?? null },
      ]),
    );
    for (const f of a.findings) expect(known.has(f.rule), f.rule).toBe(true);
    const deleted = a.cookies.filter((c) => c.state === 'deleted').map((c) => c.name);
    const insecure = a.findings.filter((f) => /^(auth-no|no-secure|samesite-missing)/.test(f.rule));
    for (const f of insecure) {
      const c = a.cookies.find((x) => x.name === f.cookie?.name && x.domain === f.cookie?.domain);
      // Reported cookies were live when judged: a deletion-only cookie never appears here.
      expect(
        c?.events.some((e) => e.type === 'set' || e.type === 'updated'),
        f.cookie?.name,
      ).toBe(true);
    }
    expect(deleted.every((n) => typeof n === 'string')).toBe(true);
    // Every cookie that was stored got a role (auth/csrf/tracking/preference/unknown) with reasons or none.
    for (const c of a.cookies)
      expect(['auth', 'csrf', 'tracking', 'preference', 'unknown']).toContain(c.role.role);
  });

  it('summary: how the engine sees the top sites', () => {
    let stored = 0;
    let rejected = 0;
    for (const site of sites) {
      const a = analyseExchanges(capture([{ url: `https://www.${site}/`, set: setCookies[site] ?? [] }]));
      for (const c of a.cookies) {
        if (c.state === 'rejected') rejected++;
        else stored++;
      }
    }
    // Domain=.site.com from www.site.com is accepted; the corpus is from real, working sites.
    expect(stored).toBeGreaterThan(rejected);
    console.log(`top sites: ${sites.length} sites, ${stored} cookies stored, ${rejected} rejected`);
  });
});
