/**
 * Firefox ESR: the Cookies panel registers in the real toolbox, captures a page's Set-Cookie headers
 * (Firefox's HAR shape: Set-Cookie lines joined with "\n") and shows one row per cookie. The panel DOM is
 * read through the harness's frame-script bridge (evaluateInPanel). Build first: `npx tsx scripts/build.ts`.
 */
import { describe, expect, test } from 'vitest';
import { pollUntil, step } from '../../scripts/browsers/steps.ts';
import { browserSuite } from './harness/browser-suite.ts';
import { noFirefoxErrorsAfterEachTest } from './harness/extension-error-checks.ts';
import { launchFirefoxWithExtension } from './harness/firefox.ts';
import { evaluateInPanel, openPanelThenNavigate } from './harness/firefox-devtools.ts';

const PAGE = `<!doctype html><html><head><title>rows</title><link rel="icon" href="data:,"></head><body>rows</body></html>`;
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHVkZW50LTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLW5vdC1jaGVja2Vk';

interface Row {
  name: string;
  lifetime: string;
  flags: string;
  role: string;
  jwt: boolean;
}

describe('Cookies panel rows in Firefox ESR (dist/firefox)', () => {
  const suite = browserSuite({
    routes: {
      '/': {
        body: PAGE,
        setCookie: [
          'sid=s%3Aabc.def; Path=/; HttpOnly; SameSite=Lax',
          'theme=dark; Max-Age=2548800; Path=/',
          `token=${JWT}; Path=/`,
          'old=; Max-Age=0; Path=/',
        ],
      },
    },
    launch: () => launchFirefoxWithExtension(),
  });
  // This file judges the panel document; the background and popup have their own tests.
  noFirefoxErrorsAfterEachTest(suite, {
    what: 'the panel',
    keep: (e) => /\/panel\.(html|js)/.test(e.source),
  });

  test('the panel shows one row per Set-Cookie of the page, with badges, flags and roles', async () => {
    const { browser: firefox, server } = suite;
    const panel = await openPanelThenNavigate(firefox, server.url('/'));
    let seen: Row[] = [];
    const rows = await step('firefox', 'panel lists sid, theme, token, old', () =>
      pollUntil('cookie rows', async () => {
        seen = await evaluateInPanel<Row[]>(
          firefox,
          panel,
          `(w) => Array.from(w.document.querySelectorAll('[data-testid="cookie-row"]'), (r) => ({
            name: r.getAttribute('data-name'),
            lifetime: r.querySelector('[data-testid="lifetime"]')?.textContent ?? '',
            flags: Array.from(r.querySelectorAll('[data-testid="flags"] > *'), (f) => f.textContent).join(' '),
            role: r.querySelector('[data-testid="role"]')?.textContent ?? '',
            jwt: r.querySelector('[data-testid="jwt-mark"]') !== null,
          }))`,
        );
        return ['sid', 'theme', 'token', 'old'].every((n) => seen.some((r) => r.name === n)) ? seen : false;
      }).catch((e: Error) => {
        throw new Error(`${e.message}; rows seen: ${JSON.stringify(seen)}`);
      }),
    );
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('sid')).toMatchObject({
      lifetime: 'session',
      flags: 'HttpOnly SameSite=Lax',
      role: 'auth',
    });
    expect(byName.get('theme')).toMatchObject({
      lifetime: 'persistent · expires in 29 d',
      role: 'preference',
    });
    expect(byName.get('token')).toMatchObject({ role: 'auth', jwt: true });
    expect(byName.get('old')?.lifetime).toBe('deleted');
    const count = await evaluateInPanel<string>(
      firefox,
      panel,
      `(w) => w.document.querySelector('[data-testid="request-count"]')?.textContent ?? ''`,
    );
    expect(Number(count)).toBeGreaterThanOrEqual(1);
  });
});
