/**
 * Firefox ESR (issue #18, problem 10): moving the toolbox from the bottom to the right keeps the Cookies
 * panel alive — after Toolbox.switchHost the panel is narrower and still renders its rows and view tabs.
 * Build first: `npx tsx scripts/build.ts`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness/firefox.ts';
import {
  evaluateInPanel,
  openToolboxWithCookiesPanel,
  panelHarUrls,
  switchToolboxHost,
} from './harness/firefox-devtools.ts';
import { extensionScriptErrors } from './harness/firefox-errors.ts';
import { pollUntil, step } from './harness/steps.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';

const PAGE = `<!doctype html><html><head><title>dock</title><link rel="icon" href="data:,"></head><body>dock</body></html>`;
const NAMES = ['sid', 'theme', 'pref'];

interface Shown {
  width: number;
  rows: string[];
  /** Visible row boxes: a panel left empty after the move has rows in the DOM but none drawn. */
  drawn: number;
  tabs: number;
}

const SHOWN = `(w) => {
  const rows = Array.from(w.document.querySelectorAll('[data-testid="cookie-row"]'));
  return {
    width: w.innerWidth,
    rows: rows.map((r) => r.getAttribute('data-name')),
    drawn: rows.filter((r) => { const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0 && b.top < w.innerHeight; }).length,
    tabs: Array.from(w.document.querySelectorAll('[role="tab"]')).filter((t) => t.getBoundingClientRect().width > 0).length,
  };
}`;

describe('the Cookies panel survives a dock change in Firefox ESR (dist/firefox)', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startTestServer({
      '/': {
        body: PAGE,
        setCookie: [
          'sid=s%3Aabc.def; Path=/; HttpOnly; SameSite=Lax',
          'theme=dark; Max-Age=999; Path=/',
          'pref=1; Path=/',
        ],
      },
    });
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('bottom → right: the panel is narrower and still draws its rows and view tabs', async () => {
    const startedAt = Date.now();
    const panel = await openToolboxWithCookiesPanel(firefox);
    expect(await panelHarUrls(firefox, panel)).toEqual([]);
    await step('firefox', `navigate to ${server.url('/')}`, () => firefox.navigate(server.url('/')));
    let last: Shown | string = 'nothing read';
    const shown = (label: string) =>
      step('firefox', label, () =>
        pollUntil(label, async () => {
          const s = await evaluateInPanel<Shown>(firefox, panel, SHOWN).catch((e: Error) => e.message);
          last = s;
          if (typeof s === 'string') return false;
          return NAMES.every((n) => s.rows.includes(n)) && s.drawn >= NAMES.length && s.tabs === 4
            ? s
            : false;
        }).catch((e: Error) => {
          throw new Error(`${e.message}; last seen ${JSON.stringify(last)}`);
        }),
      );
    const bottom = await shown('rows drawn with the toolbox at the bottom');

    expect(await switchToolboxHost(firefox, panel, 'right')).toBe('right');
    const right = await shown('rows drawn again with the toolbox on the right');
    expect(right.width).toBeLessThan(bottom.width);
    expect(right.rows.filter((n) => NAMES.includes(n ?? '')).sort()).toEqual([...NAMES].sort());

    expect(await switchToolboxHost(firefox, panel, 'bottom')).toBe('bottom');
    const back = await shown('rows drawn again back at the bottom');
    expect(back.width).toBeGreaterThan(right.width);

    const errors = (await extensionScriptErrors(firefox, startedAt)).filter((e) =>
      /\/panel\.(html|js)/.test(e.source),
    );
    expect(errors, 'script errors in the panel').toEqual([]);
  });
});
