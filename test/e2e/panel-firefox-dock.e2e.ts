/**
 * Firefox ESR (issue #18, problem 10: "in one of two runs, moving the toolbox from bottom to right left
 * the panel empty"): with the panel showing rows, the toolbox moves bottom → right → bottom → its own
 * window → bottom. Each move loads the panel document anew and its first getHAR() answers an empty log
 * (backfill-refill.ts); after each, the panel draws every row again, counts each request once (as many
 * as the browser's own log holds) and still hears live requests. Build first: `npx tsx scripts/build.ts`.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { pollUntil, step } from '../../scripts/browsers/steps.ts';
import type { FirefoxWithExtension } from './harness/firefox.ts';
import { type FirefoxPanel, firefoxPanelProbe, panelHarUrls } from './harness/firefox-devtools.ts';
import { firefoxPanelSuite } from './harness/firefox-panel-suite.ts';
import { placeToolbox, type ToolboxPlacement } from './harness/firefox-toolbox.ts';

const PAGE = `<!doctype html><html><head><title>dock</title><link rel="icon" href="data:,"></head><body>dock</body></html>`;
const NAMES = ['sid', 'theme', 'pref'];

const MOVES: readonly ToolboxPlacement[] = [
  { host: 'right', width: 420, height: 700 },
  { host: 'bottom', width: 1200, height: 300 },
  { host: 'window', width: 800, height: 500 },
  { host: 'bottom', width: 1200, height: 320 },
];

interface Shown {
  width: number;
  names: string[];
  /** Rows with a box in the viewport: a panel left empty after a move has none drawn. */
  drawn: number;
  tabs: number;
  requests: number;
}

const SHOWN = `(() => {
  const rows = [...document.querySelectorAll('[data-testid="cookie-row"]')];
  return {
    width: innerWidth,
    names: rows.map((r) => r.dataset.name).sort(),
    drawn: rows.filter((r) => { const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0 && b.top < innerHeight; }).length,
    tabs: [...document.querySelectorAll('[role="tab"]')].filter((t) => t.getBoundingClientRect().width > 0).length,
    requests: Number(document.querySelector('[data-testid="request-count"]')?.textContent ?? -1),
  };
})()`;

/**
 * Waits until the panel draws the page's rows and its view tabs and counts as many requests as the
 * browser's own log holds (read with the panel's getHAR in the same poll): each request once.
 */
function panelShows(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  label: string,
  names: readonly string[] = NAMES,
): Promise<Shown> {
  const probe = firefoxPanelProbe(firefox, panel);
  let last: Shown | string = 'nothing read';
  let logged = -1;
  return step('firefox', label, () =>
    pollUntil(
      label,
      async () => {
        const s = await probe.evaluate<Shown>(SHOWN).catch((e: Error) => e.message);
        last = s;
        if (typeof s === 'string') return false;
        const all = names.every((n) => s.names.includes(n)) && s.drawn >= names.length && s.tabs === 4;
        // The browser's log is read only once the panel shows every row: a getHAR() answered while
        // Firefox's network monitor still completes a request loses that request for good, from
        // getHAR() and onRequestFinished alike (ESR 153; platform/panel-reopen.ts). Polled during
        // the fetch below, it lost /api/ping in 1 run of 5 here and in one CI run; read after, 0 of 10.
        if (!all) return false;
        logged = (await panelHarUrls(firefox, panel)).length;
        return s.requests === logged ? s : false;
      },
      { timeoutMs: 20_000 },
    ).catch((e: Error) => {
      throw new Error(`${e.message}; last seen ${JSON.stringify(last)}, the browser's log ${logged}`);
    }),
  );
}

describe('the Cookies panel survives dock changes in Firefox ESR (dist/firefox)', () => {
  const suite = firefoxPanelSuite({
    '/': {
      body: PAGE,
      setCookie: [
        'sid=s%3Aabc.def; Path=/; HttpOnly; SameSite=Lax',
        'theme=dark; Max-Age=999; Path=/',
        'pref=1; Path=/',
      ],
    },
    '/api/ping': { contentType: 'application/json', body: '{"ok":true}', setCookie: ['seen=1; Path=/'] },
  });
  beforeAll(() => panelShows(suite.browser, suite.panel, 'rows drawn with the toolbox at the bottom'));

  test('bottom → right → bottom → window → bottom: every row, each request once, after each move', async () => {
    const { browser: firefox, panel, probe } = suite;
    let previous = await probe.evaluate<Shown>(SHOWN);
    for (const move of MOVES) {
      const box = await placeToolbox(firefox, panel, move);
      expect(box).toEqual({ host: move.host, width: move.width, height: move.height });
      const shown = await panelShows(firefox, panel, `rows drawn again in the ${move.host} host`);
      expect(shown.width, `panel width in the ${move.host} host`).toBe(move.width);
      expect(shown.names).toEqual(previous.names);
      previous = shown;
    }
  });

  test('after the moves the panel still hears live requests, each once', async () => {
    const { browser: firefox, server, panel, probe } = suite;
    const before = await probe.evaluate<Shown>(SHOWN);
    await step('firefox', 'the page fetches /api/ping', () =>
      firefox.evaluateIn(firefox.context, `fetch('/api/ping').then((r) => r.status)`),
    );
    const shown = await panelShows(firefox, panel, 'the fetch is one more request, its cookie a row', [
      ...NAMES,
      'seen',
    ]);
    expect(shown.requests).toBe(before.requests + 1);
    const urls = await panelHarUrls(firefox, panel);
    expect(urls.filter((u) => u === server.url('/api/ping'))).toHaveLength(1);
  });
});
