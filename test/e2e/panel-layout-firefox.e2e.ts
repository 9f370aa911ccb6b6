/**
 * Issue #18 in the real Firefox toolbox (dist/firefox): the checks of panel-layout-chromium.e2e.ts
 * (test/e2e/layout/layout-checks.ts) with the toolbox really docked — right at 420×900 and 600×900,
 * at the bottom at 1400×300 — and axe-core on every view in DevTools' light and dark themes. Moving
 * the toolbox loads the panel anew, so each size also proves the rows come back (problem 10). Esc
 * closes the detail pane and leaves the split console (Firefox's Console drawer) as it was. Toolbox
 * screenshots go to SCREENSHOTS_DIR (default out/screenshots). Build first: `npx tsx scripts/build.ts`.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../scripts/browsers/extension-build.ts';
import { pollUntil, step } from '../../scripts/browsers/steps.ts';
import type { FirefoxWithExtension } from './harness/firefox.ts';
import { firefoxPanelSuite } from './harness/firefox-panel-suite.ts';
import {
  focusInPanel,
  placeToolbox,
  pressKeyInPanel,
  screenshotToolbox,
  setDevtoolsTheme,
  splitConsoleOpen,
} from './harness/firefox-toolbox.ts';
import {
  axeOnEveryView,
  DOCKED_SIZES,
  expectDockedLayout,
  type PanelProbe,
  waitForCookieRows,
} from './layout/layout-checks.ts';
import { LAYOUT_ROUTES } from './layout/layout-site.ts';
import { DETAIL_OPEN } from './layout/panel-probes.ts';

const SHOTS = process.env.SCREENSHOTS_DIR ?? `${repoRoot}out/screenshots`;
const ESCAPE = { key: 'Escape', code: 'Escape', keyCode: 27 };
/** The layout site sets five cookies on its page and one more on its image. */
const ROWS = 5;

/** Sets DevTools' theme and waits until the panel follows it (devtools.panels.onThemeChanged). */
async function applyTheme(firefox: FirefoxWithExtension, probe: PanelProbe, theme: 'light' | 'dark') {
  await setDevtoolsTheme(firefox, theme);
  await step('firefox', `the panel follows DevTools' ${theme} theme`, () =>
    pollUntil(`panel ${theme}`, async () => {
      const dark = await probe.evaluate<boolean>(`document.documentElement.classList.contains('dark')`);
      return dark === (theme === 'dark');
    }),
  );
}

describe('the panel docked in the Firefox toolbox (issue #18)', () => {
  const suite = firefoxPanelSuite(LAYOUT_ROUTES);
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await waitForCookieRows('firefox', suite.probe, ROWS);
  });

  for (const size of DOCKED_SIZES) {
    test(`${size.name}: docked ${size.dock}, rows back, tabs clickable with the pane open, key cells in view, Esc leaves the split console alone`, async () => {
      const { browser: firefox, panel, probe } = suite;
      const box = await placeToolbox(firefox, panel, {
        host: size.dock,
        width: size.width,
        height: size.height,
      });
      expect(box).toEqual({ host: size.dock, width: size.width, height: size.height });
      // The panel is as wide as the toolbox; the toolbox's tab strip takes some of its height.
      const inner = await step('firefox', `panel ${size.width} px wide`, () =>
        pollUntil(`panel ${size.width} px wide`, async () => {
          const s = await probe.evaluate<{ width: number; height: number }>(
            '({ width: innerWidth, height: innerHeight })',
          );
          return s.width === size.width ? s : false;
        }),
      );
      expect(inner.height).toBeGreaterThan(size.height - 60);
      // A dock move loaded the panel anew: every row must come back, not an empty panel.
      await waitForCookieRows('firefox', probe, ROWS);
      await expectDockedLayout('firefox', probe);

      // The pictures show the layout, not the focus ring a previous Esc left on the list.
      await probe.evaluate('document.activeElement?.blur()');
      for (const theme of ['light', 'dark'] as const) {
        await applyTheme(firefox, probe, theme);
        await screenshotToolbox(firefox, panel, `${SHOTS}/panel-firefox-${size.name}-${theme}.png`);
      }
      await applyTheme(firefox, probe, 'light');

      // Esc from inside the panel, as the keyboard sends it: the pane closes, the split console stays.
      const consoleBefore = await splitConsoleOpen(firefox, panel);
      await probe.evaluate(`document.querySelector('.vlist-scroller').focus()`);
      await pressKeyInPanel(firefox, panel, ESCAPE);
      // Answered by the panel's process after it handled the key's events; their replies to the
      // toolbox travel first on the same channel, so the toolbox has seen all of them by then.
      await step('firefox', 'Esc closes the detail pane', () =>
        pollUntil('pane closed by Esc', async () => !(await probe.evaluate<boolean>(DETAIL_OPEN))),
      );
      expect(await splitConsoleOpen(firefox, panel), 'split console after Esc').toBe(consoleBefore);
      expect(await focusInPanel(firefox, panel), 'keyboard focus stays in the panel').toBe(true);
    });
  }

  test('axe-core: no critical or serious violation on any view, light and dark (DevTools theme)', async () => {
    const { browser: firefox, panel, probe } = suite;
    await placeToolbox(firefox, panel, { host: 'right', width: 600, height: 900 });
    await waitForCookieRows('firefox', probe, ROWS);
    const found = await axeOnEveryView('firefox', probe, (theme) => applyTheme(firefox, probe, theme));
    await applyTheme(firefox, probe, 'light');
    expect(found).toEqual([]);
  });
});
