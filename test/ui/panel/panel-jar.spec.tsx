// @vitest-environment happy-dom
/**
 * The panel with a fake jar source (issue #13): the notice asks for the site, a grant re-reads the jar,
 * rows and the detail pane name each fact's source, reload goes to the source, the HAR export carries
 * the jar facts (masked when masking is on). The real wiring is proven in test/e2e/panel-jar-*.e2e.ts.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { jarFact } from '../../../scripts/fixtures/jar-fact.ts';
import type { JarCookieFact } from '../../../src/core/analysis/jar-types.ts';
import type {
  AccessRequest,
  JarWatchEvent,
  PageJarRead,
  PanelJarSource,
} from '../../../src/protocol/page-jar.ts';
import { MASK } from '../../../src/ui/kit/display-text.ts';
import { JarStore } from '../../../src/ui/panel/jar-store.ts';
import { PanelApp } from '../../../src/ui/panel/panel-app.tsx';
import type { ExportFile } from '../../../src/ui/panel/panel-exports.ts';
import { FakeSource, harEntry, testStore } from './panel-fixtures.ts';

const PAGE = 'https://shop.example/account';
const T = Date.UTC(2026, 10, 21);

const jarCookie = (name: string, over: Partial<JarCookieFact> = {}): JarCookieFact =>
  jarFact({ name, value: `${name}-value`, domain: 'shop.example', ...over });

class FakeJar implements PanelJarSource {
  access = false;
  reloads = 0;
  requests: string[] = [];
  onEvent: ((e: JarWatchEvent) => void) | null = null;
  cookies = [jarCookie('sid', { httpOnly: true }), jarCookie('session_token')];
  inspectedUrl = () => Promise.resolve(PAGE);
  onNavigated = () => () => {};
  read = (pageUrl: string): Promise<PageJarRead> =>
    Promise.resolve({
      pageUrl,
      access: this.access,
      cookies: this.access ? this.cookies : [],
      readHosts: this.access ? ['shop.example'] : [],
      unreadHosts: this.access ? [] : ['shop.example'],
      dropped: 0,
    });
  watch = (onEvent: (e: JarWatchEvent) => void) => {
    this.onEvent = onEvent;
    return { setHosts: () => {}, close: () => {} };
  };
  requestAccess = (pageUrl: string): Promise<AccessRequest> => {
    this.requests.push(pageUrl);
    this.access = true;
    return Promise.resolve('granted');
  };
  reload = () => {
    this.reloads++;
  };
}

afterEach(() => cleanup());

async function setup() {
  const store = testStore();
  const fake = new FakeJar();
  const jar = new JarStore(fake, { now: () => T, delayMs: 0 });
  const exports: ExportFile[] = [];
  render(<PanelApp store={store} jar={jar} onExport={(f) => exports.push(f)} />);
  await store.connect(
    new FakeSource([harEntry({ url: PAGE, cookie: 'sid=sid-value; session_token=session_token-value' })]),
  );
  await jar.connect();
  return { store, fake, jar, exports };
}

const row = (name: string) => {
  const el = screen.getAllByTestId('cookie-row').find((r) => r.dataset.name === name);
  if (!el) throw new Error(`no row ${name}`);
  return el;
};

describe('panel + the browser jar', () => {
  test('before access: rows are "set before DevTools opened"; the notice asks for this site; reload goes to DevTools', async () => {
    const { fake } = await setup();
    await waitFor(() =>
      expect(screen.getByTestId('jar-notice').textContent).toContain(
        '2 cookies were set before DevTools opened',
      ),
    );
    expect(within(row('sid')).getByTestId('lifetime').textContent).toBe('set before DevTools opened');
    expect(within(row('sid')).getByTestId('source').textContent).toBe('Cookie header only');
    fireEvent.click(screen.getByTestId('reload-page'));
    expect(fake.reloads).toBe(1);
  });

  test('after the button: jar facts with their source, the auth finding from the jar only where HttpOnly is missing', async () => {
    const { fake } = await setup();
    await waitFor(() => screen.getByTestId('allow-jar'));
    fireEvent.click(screen.getByTestId('allow-jar'));
    expect(fake.requests).toEqual([PAGE]);
    await waitFor(() =>
      expect(within(row('sid')).getByTestId('source').textContent).toBe('from the browser’s jar'),
    );
    expect(screen.queryByTestId('jar-notice')).toBeNull();
    expect(screen.getByTestId('jar-status').textContent).toContain('2 cookies from the jar');
    expect(within(row('sid')).getByTestId('flags').textContent).toContain('HttpOnly');
    fireEvent.click(row('sid'));
    // The detail pane is a lazy chunk (lazy-panes.ts): the first one may take a moment to load.
    const first = await screen.findByTestId('cookie-detail', {}, { timeout: 10_000 });
    expect(first.textContent).not.toContain('auth-no-httponly');
    fireEvent.click(row('session_token'));
    const detail = screen.getByTestId('cookie-detail');
    expect(within(detail).getByTestId('fact-httponly').textContent).toBe('no');
    expect(within(detail).getAllByTestId('fact-source')[0]?.textContent).toBe('from the browser’s jar');
    expect(within(detail).getByTestId('detail-findings').textContent).toContain('auth-no-httponly');
  });

  test('a script write is a flow event of its own; the HAR export carries jar facts, masked when asked', async () => {
    const { fake, exports } = await setup();
    fake.access = true;
    fake.cookies = [...fake.cookies, jarCookie('ui', { value: 'secret-ish' })];
    fake.onEvent?.({
      type: 'changed',
      change: { cookie: jarCookie('ui', { value: 'secret-ish' }), removed: false, cause: 'explicit' },
    });
    await waitFor(() => row('ui'));
    fireEvent.click(row('ui'));
    await waitFor(() =>
      expect(screen.getByTestId('cookie-history').textContent).toContain('set by a script'),
    );
    expect(screen.getByTestId('script-set').textContent).toContain('document.cookie');
    const exportAs = (kind: string) => {
      fireEvent.click(screen.getByTestId('export'));
      fireEvent.click(
        screen.getByTestId('export-menu').querySelector(`[data-item="${kind}"]`) as HTMLElement,
      );
      return exports.at(-1) as ExportFile;
    };
    const report = JSON.parse(exportAs('json').text);
    const ui = report.cookies.find((c: { name: string }) => c.name === 'ui');
    expect(ui).toMatchObject({
      attributesFrom: 'jar',
      httpOnly: false,
      jar: { inJar: true, scriptSet: true },
    });
    expect(exportAs('md').text).toContain('browser’s jar, set by a script');
    fireEvent.click(screen.getByTestId('mask'));
    const jar = JSON.parse(exportAs('har').text).log._cookieLensJar;
    expect(jar.source).toBe('the browser’s jar (cookies.getAll)');
    expect(jar.cookies.map((c: { name: string; value: string }) => `${c.name}=${c.value}`)).toEqual([
      `sid=${MASK}`,
      `session_token=${MASK}`,
      `ui=${MASK}`,
    ]);
  });

  test('a page load DevTools reports after the page\u2019s requests: the jar is still read for every origin the log holds', async () => {
    const store = testStore();
    const fake = new FakeJar();
    const reads: string[][] = [];
    let navigate: ((url: string) => void) | null = null;
    fake.onNavigated = ((cb: (url: string) => void) => {
      navigate = cb;
      return () => {};
    }) as unknown as FakeJar['onNavigated'];
    const read = fake.read;
    fake.read = (pageUrl: string, origins?: readonly string[]) => {
      reads.push([...(origins ?? [])]);
      return read(pageUrl);
    };
    const jar = new JarStore(fake, { now: () => T, delayMs: 0 });
    render(<PanelApp store={store} jar={jar} />);
    await jar.connect();
    await store.connect(
      new FakeSource([
        harEntry({ url: PAGE }),
        harEntry(
          { url: 'https://tracker.example/pixel', type: 'image', setCookie: ['tp=1; SameSite=None; Secure'] },
          1,
        ),
      ]),
    );
    await waitFor(() => expect(reads.at(-1)).toContain('https://tracker.example'));
    // The reload's navigation event comes late: the log (and its requests) did not change since.
    (navigate as unknown as (url: string) => void)(PAGE);
    const before = reads.length;
    await waitFor(() => expect(reads.length).toBeGreaterThan(before));
    await waitFor(() => expect(reads.at(-1)).toContain('https://tracker.example'));
  });
});
