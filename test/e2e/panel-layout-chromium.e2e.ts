/**
 * Issue #18 in the real Chromium DevTools (dist/chrome): the panel at the sizes DevTools is docked at —
 * 420×900 and 600×900 (right), 1400×300 (bottom). With the detail pane open every view tab is visible
 * and clickable, a row's Name, Role and Findings cells are in view, Esc closes the pane without
 * toggling DevTools' drawer, axe-core finds nothing critical or serious on any view in either theme,
 * and the screenshots in docs/ come from here. Build first: `npx tsx scripts/build.ts`.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { launchChromiumWithExtension, openTabWithId } from '../../scripts/browsers/chromium.ts';
import {
  harEntryCount,
  openCookiesPanel,
  type PanelDocument,
  setDockSide,
} from '../../scripts/browsers/chromium-devtools.ts';
import { pollUntil } from '../../scripts/browsers/steps.ts';
import { browserSuite } from './harness/browser-suite.ts';
import { chromiumErrorsAtEnd } from './harness/extension-error-checks.ts';
import {
  axeOnEveryView,
  DOCKED_SIZES,
  expectDockedLayout,
  waitForCookieRows,
} from './layout/layout-checks.ts';
import { LAYOUT_ROUTES } from './layout/layout-site.ts';
import { DETAIL_OPEN } from './layout/panel-probes.ts';

const SHOTS = process.env.SCREENSHOTS_DIR;

/** DevTools' drawer (the Console drawer Esc toggles), asked of DevTools' own InspectorView. */
const DRAWER_VISIBLE = `(async () => {
  const legacy = await import(new URL('ui/legacy/legacy.js', location.href).href);
  return legacy.InspectorView.InspectorView.instance().drawerVisible();
})()`;

describe('the panel at docked sizes in Chromium (issue #18)', () => {
  const suite = browserSuite({
    routes: LAYOUT_ROUTES,
    launch: () => launchChromiumWithExtension(),
    errorsAtEnd: chromiumErrorsAtEnd,
  });
  let panel: PanelDocument;
  let devtools: Awaited<ReturnType<typeof openCookiesPanel>>['devtools'];

  beforeAll(async () => {
    const { browser: chromium, server } = suite;
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    ({ panel, devtools } = await openCookiesPanel(tab, { extensionId: chromium.extensionId }));
    await harEntryCount(panel);
    // Undocked, DevTools' panels fill its page: the viewport set below is the panel's own size.
    expect(await setDockSide(devtools, 'undocked')).toBe('undocked');
    await tab.goto(server.url('/'), { waitUntil: 'load' });
    await waitForCookieRows('chromium', panel, 5);
  });

  for (const size of DOCKED_SIZES) {
    test(`${size.name}: tabs clickable with the pane open, key cells in view, Esc leaves the drawer alone`, async () => {
      await devtools.setViewport({ width: size.width, height: size.height });
      // The panel is as wide as the size under test (DevTools' own tab strip takes some height).
      await pollUntil(`panel ${size.width} px wide`, () =>
        panel.evaluate<number>('innerWidth').then((w) => Math.abs(w - size.width) <= 2),
      );
      expect(await panel.evaluate<number>('innerHeight')).toBeGreaterThan(size.height - 120);
      await expectDockedLayout('chromium', panel);
      if (SHOTS)
        for (const theme of ['light', 'dark']) {
          await panel.evaluate(`document.documentElement.classList.toggle('dark', ${theme === 'dark'})`);
          await devtools.screenshot({ path: `${SHOTS}/panel-${size.name}-${theme}.png` });
        }
      await panel.evaluate("document.documentElement.classList.remove('dark')");

      // Esc from inside the panel: the pane closes, DevTools' drawer stays as it was.
      const drawerBefore = await devtools.evaluate(DRAWER_VISIBLE);
      await panel.evaluate(`document.querySelector('.vlist-scroller').focus()`);
      await panel.session.send('Input.dispatchKeyEvent', {
        type: 'rawKeyDown',
        key: 'Escape',
        code: 'Escape',
        windowsVirtualKeyCode: 27,
      });
      await panel.session.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key: 'Escape',
        code: 'Escape',
        windowsVirtualKeyCode: 27,
      });
      await pollUntil('pane closed by Esc', async () => !(await panel.evaluate<boolean>(DETAIL_OPEN)));
      await new Promise((r) => setTimeout(r, 300));
      expect(await devtools.evaluate(DRAWER_VISIBLE)).toBe(drawerBefore);
    });
  }

  test('axe-core: no critical or serious violation on any view, light and dark', async () => {
    await devtools.setViewport({ width: 600, height: 900 });
    const found = await axeOnEveryView('chromium', panel, async (theme) => {
      await panel.evaluate(`document.documentElement.classList.toggle('dark', ${theme === 'dark'})`);
    });
    expect(found).toEqual([]);
  });
});
