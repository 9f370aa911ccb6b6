/**
 * Issue #18's layout checks, the same in both browsers: the panel at the sizes DevTools really has
 * (docked right at 420 and 600 px, at the bottom at 1400×300), and axe-core on every view. A probe is
 * Chromium's PanelDocument or Firefox's firefoxPanelProbe: both evaluate a source in the panel.
 */
import { expect } from 'vitest';
import { type BrowserName, pollUntil, step } from '../../../scripts/browsers/steps';
import { AXE_SERIOUS, loadAxe } from './axe';
import {
  COOKIE_ROW_COUNT,
  clickRow,
  clickTab,
  DETAIL_OPEN,
  KEY_CELLS_IN_VIEW,
  SELECTED_TAB,
  TABS_HIT,
} from './panel-probes';

export interface PanelProbe {
  evaluate<T = unknown>(source: string): Promise<T>;
}

export interface DockedSize {
  name: string;
  dock: 'right' | 'bottom';
  width: number;
  height: number;
}

export const DOCKED_SIZES: readonly DockedSize[] = [
  { name: 'right-420', dock: 'right', width: 420, height: 900 },
  { name: 'right-600', dock: 'right', width: 600, height: 900 },
  { name: 'bottom-1400', dock: 'bottom', width: 1400, height: 300 },
];

/** The views, in tab order; the Cookies view is judged with the detail pane open. */
export const VIEWS = ['Cookies', 'Requests', 'Flow', 'Findings'] as const;

/** The cookie the checks open: an auth JWT, the longest detail pane of the layout site. */
export const DETAIL_COOKIE = 'access_token';

/** Waits until the panel lists at least `atLeast` cookie rows (after a resize, a dock move, a reload). */
export function waitForCookieRows(
  browser: BrowserName,
  probe: PanelProbe,
  atLeast = 1,
  timeoutMs = 20_000,
): Promise<number> {
  let seen = -1;
  return step(browser, `the panel lists at least ${atLeast} cookie rows`, () =>
    pollUntil(
      'cookie rows',
      async () => {
        seen = await probe.evaluate<number>(COOKIE_ROW_COUNT);
        return seen >= atLeast ? seen : false;
      },
      { timeoutMs },
    ).catch((error: Error) => {
      throw new Error(`${error.message}; rows seen: ${seen}`);
    }),
  );
}

/** Selects a view tab and waits until it is the selected one. */
export async function showView(browser: BrowserName, probe: PanelProbe, view: string): Promise<void> {
  expect(await probe.evaluate<boolean>(clickTab(view)), `${view} tab exists`).toBe(true);
  await step(browser, `the ${view} view is selected`, () =>
    pollUntil(`${view} selected`, async () =>
      (await probe.evaluate<string | null>(SELECTED_TAB))?.startsWith(view),
    ),
  );
}

/** Opens the detail pane of `cookie` and waits for it. */
export async function openDetail(
  browser: BrowserName,
  probe: PanelProbe,
  cookie = DETAIL_COOKIE,
): Promise<void> {
  expect(await probe.evaluate<boolean>(clickRow(cookie)), `a row for ${cookie}`).toBe(true);
  await step(browser, `the detail pane of ${cookie} opens`, () =>
    pollUntil('detail pane', () => probe.evaluate<boolean>(DETAIL_OPEN)),
  );
}

/**
 * At the current size: the Cookies view's key cells are in the viewport; with the detail pane open,
 * every view tab is visible and clickable (elementFromPoint at its centre hits it). Leaves the pane open.
 */
export async function expectDockedLayout(browser: BrowserName, probe: PanelProbe): Promise<void> {
  await showView(browser, probe, 'Cookies');
  await waitForCookieRows(browser, probe);
  const cells = await probe.evaluate<{ cell: string; shown: boolean; inView: boolean }[]>(KEY_CELLS_IN_VIEW);
  expect(cells, JSON.stringify(cells)).toEqual(
    ['name', 'role', 'findings'].map((cell) => ({ cell, shown: true, inView: true })),
  );
  await openDetail(browser, probe);
  const tabs = await probe.evaluate<{ tab: string; hit: boolean; inView: boolean }[]>(TABS_HIT);
  expect(tabs.length, JSON.stringify(tabs)).toBe(VIEWS.length);
  for (const t of tabs) expect(t, JSON.stringify(tabs)).toMatchObject({ hit: true, inView: true });
}

/**
 * axe-core on every view in each theme; `applyTheme` switches the panel and resolves once it shows
 * that theme. Returns the critical and serious violations as "<theme> <view>: <rule> …" lines.
 */
export async function axeOnEveryView(
  browser: BrowserName,
  probe: PanelProbe,
  applyTheme: (theme: 'light' | 'dark') => Promise<void>,
): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await applyTheme(theme);
    for (const view of VIEWS) {
      await showView(browser, probe, view);
      if (view === 'Cookies') await openDetail(browser, probe);
      // Loaded once per panel document: a Firefox dock move loads the panel anew.
      await loadAxe(<T>(source: string) => probe.evaluate<T>(source));
      const violations = await step(browser, `axe-core on ${view} (${theme})`, () =>
        probe.evaluate<string[]>(AXE_SERIOUS),
      );
      found.push(...violations.map((v) => `${theme} ${view}: ${v}`));
    }
  }
  return found;
}
