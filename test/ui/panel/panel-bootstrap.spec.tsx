// @vitest-environment happy-dom
/**
 * The real bootstrap (panels/panel.tsx) in happy-dom with a stub chrome.devtools: the DevTools theme
 * decides `:root.dark`, and the backfill from getHAR, asked before the first render, reaches the rows.
 * Plain-page mode follows the OS.
 */
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { devtoolsTheme, followDevtoolsTheme } from '../../../src/platform/devtools-theme.ts';
import { LOGIN_ENTRIES } from './panel-fixtures.ts';

/** The background's answer to readPageJar: the page without host access (the default at install). */
const NO_ACCESS = {
  ok: true,
  pageUrl: 'https://shop.example/',
  access: false,
  cookies: [],
  readHosts: [],
  unreadHosts: ['shop.example'],
  dropped: 0,
};

function stubDevtools(themeName: string, entries: unknown[]) {
  const g = globalThis as { chrome?: unknown };
  const event = { addListener: () => {}, removeListener: () => {}, hasListener: () => false };
  g.chrome = {
    runtime: {
      id: 'cookie-lens-test',
      // As the native namespace (src/platform/browser.ts): a promise without a callback.
      sendMessage: (_msg: unknown, cb?: (reply: unknown) => void) =>
        cb ? cb(NO_ACCESS) : Promise.resolve(NO_ACCESS),
      connect: () => ({ onMessage: event, onDisconnect: event, postMessage: () => {}, disconnect: () => {} }),
    },
    devtools: {
      inspectedWindow: {
        eval: (_e: string, cb: (r: unknown) => void) => cb('https://shop.example/'),
        reload: () => {},
      },
      panels: { themeName },
      network: {
        getHAR: (cb: (log: { entries: unknown[] }) => void) => cb({ entries }),
        onRequestFinished: { addListener: () => {}, removeListener: () => {} },
        onNavigated: { addListener: () => {}, removeListener: () => {} },
      },
    },
  };
}

afterEach(() => {
  cleanup();
  delete (globalThis as { chrome?: unknown }).chrome;
  document.documentElement.classList.remove('dark');
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('panel bootstrap and theme', () => {
  test('dark DevTools theme → :root.dark, and the getHAR backfill shows as rows', async () => {
    stubDevtools('dark', LOGIN_ENTRIES);
    document.body.innerHTML = '<div id="app"></div>';
    await import('../../../panels/panel.tsx');
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    // The backfill replays in slices (backfill-job.ts): the first rows may paint before the last request.
    await waitFor(() => expect(screen.getByTestId('request-count').textContent).toBe('2'));
    // No host access: the notice asks for this site only, and says what the panel cannot see.
    await waitFor(() => expect(screen.getByTestId('allow-jar').textContent).toBe('Allow on shop.example'));
    expect(screen.getByTestId('jar-notice').textContent).toContain(
      'no cookies written by scripts, none the browser refused',
    );
  });

  test('getHAR is asked before the first render; an answer in time has its rows in the first render', async () => {
    // issue #16: the empty panel rendered, laid out and painted first was ~6 ms of CPU before the rows.
    stubDevtools('default', LOGIN_ENTRIES);
    const network = (globalThis as unknown as { chrome: { devtools: { network: { getHAR: unknown } } } })
      .chrome.devtools.network;
    const getHAR = vi.fn(network.getHAR as (cb: (log: { entries: unknown[] }) => void) => void);
    network.getHAR = getHAR;
    document.body.innerHTML = '<div id="app"></div>';
    const app = document.getElementById('app') as HTMLElement;
    const firstRender: { rows: number }[] = [];
    const seen = new MutationObserver(() => {
      if (firstRender.length === 0 && app.querySelector('[data-testid="panel-app"]'))
        firstRender.push({ rows: app.querySelectorAll('[data-testid="cookie-row"]').length });
    });
    seen.observe(app, { childList: true, subtree: true });
    await import('../../../panels/panel.tsx');
    expect(getHAR).toHaveBeenCalledTimes(1);
    expect(app.childElementCount).toBe(0); // the render is the next task's
    await waitFor(() => expect(firstRender).toHaveLength(1));
    seen.disconnect();
    // The first slice replays at least one request: the login's cookies are in the first render.
    expect(firstRender[0]?.rows).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
  });

  test("Chrome's light theme is 'default'; Firefox's is 'light'", () => {
    stubDevtools('default', []);
    expect(devtoolsTheme()).toBe('light');
    stubDevtools('light', []);
    expect(devtoolsTheme()).toBe('light');
    stubDevtools('dark', []);
    expect(devtoolsTheme()).toBe('dark');
  });

  test('plain page (no chrome.devtools): prefers-color-scheme decides, and changes are followed', () => {
    let listener: ((e: { matches: boolean }) => void) | null = null;
    vi.stubGlobal('matchMedia', (q: string) => ({
      matches: q === '(prefers-color-scheme: dark)',
      addEventListener: (_: string, fn: (e: { matches: boolean }) => void) => {
        listener = fn;
      },
    }));
    const seen: string[] = [];
    followDevtoolsTheme((t) => seen.push(t));
    (listener as ((e: { matches: boolean }) => void) | null)?.({ matches: false });
    expect(seen).toEqual(['dark', 'light']);
  });
});
