// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, test } from 'vitest';
import { rejectMessage } from '../../../src/core/cookie/reject-messages.ts';
import { PanelApp } from '../../../src/ui/panel/panel-app.tsx';
import { FakeSource, harEntry, JWT, LOGIN_ENTRIES, testStore } from './panel-fixtures.ts';

afterEach(() => {
  cleanup();
  document.documentElement.classList.remove('dark');
});

async function loaded(entries: unknown[] = LOGIN_ENTRIES) {
  const store = testStore();
  const source = new FakeSource(entries);
  const view = render(<PanelApp store={store} />);
  await store.connect(source);
  return { store, source, view };
}

function row(name: string): HTMLElement {
  const el = screen.getAllByTestId('cookie-row').find((r) => r.dataset.name === name);
  if (!el) throw new Error(`no row for ${name}`);
  return el;
}

describe('PanelApp', () => {
  test('empty state: no cookies yet, request count 0', async () => {
    await loaded([]);
    await waitFor(() => expect(screen.getByText(/No cookies yet/)).toBeTruthy());
    expect(screen.getByTestId('request-count').textContent).toBe('0');
  });

  test('one row per cookie with lifetime badges, flags, role and JWT mark', async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    expect(screen.getByTestId('request-count').textContent).toBe('2');
    expect(within(row('sid')).getByTestId('lifetime').textContent).toBe('session');
    expect(within(row('theme')).getByTestId('lifetime').textContent).toBe('persistent · expires in 29 d');
    expect(within(row('old')).getByTestId('lifetime').textContent).toBe('deleted');
    expect(within(row('__Host-bad')).getByTestId('lifetime').textContent).toBe('rejected');
    expect(within(row('sid')).getByTestId('flags').textContent).toBe('HttpOnlySecureSameSite=Lax');
    // A chip cut by a narrow column ends in "…": the whole text is the cell's tooltip.
    expect(within(row('theme')).getByTestId('lifetime').title).toBe('persistent · expires in 29 d');
    expect(within(row('sid')).getByTestId('flags').title).toBe('HttpOnly, Secure, SameSite=Lax');
    expect(within(row('sid')).getByTestId('role').textContent).toBe('auth');
    expect(within(row('theme')).getByTestId('role').textContent).toBe('preference');
    expect(within(row('token')).getByTestId('jwt-mark').textContent).toBe('JWT');
    expect(within(row('sid')).queryByTestId('jwt-mark')).toBeNull();
    expect(within(row('token')).getByTestId('finding-count').textContent).toMatch(
      /^[1-9]\d* (high|medium|low|info)$/,
    );
  });

  test("a rejected cookie's detail opens with the verdict, its rule and reason, and no lifetime text", async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.click(row('__Host-bad'));
    const verdict = await waitFor(() => screen.getByTestId('rejection-verdict'));
    expect(verdict.getAttribute('data-rule')).toBe('rejected-prefix');
    expect(within(verdict).getByTestId('rejection-rule').textContent).toBe('rejected-prefix');
    // The reason in words, looked up by the jar's code (issue #16).
    expect(within(verdict).getByTestId('rejection-reason').textContent).toBe(rejectMessage('prefix-host'));
    expect(screen.getByTestId('cookie-detail').textContent).not.toMatch(
      /deleted when the browser session ends/,
    );
    expect(screen.queryByTestId('detail-findings')?.textContent ?? '').not.toMatch(/rejected-prefix/);
  });

  test('a partitioned (CHIPS) auth cookie shows its findings and opens them from the Findings tab', async () => {
    await loaded([
      harEntry({
        url: 'https://shop.example/',
        setCookie: ['sid=abc; Secure; Partitioned; SameSite=None; Path=/'],
      }),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(1));
    expect(within(row('sid')).getByTestId('finding-count').textContent).toMatch(
      /^[1-9]\d* (high|medium|low|info)$/,
    );
    fireEvent.click(screen.getByRole('tab', { name: /Findings/ }));
    const first = await waitFor(() => screen.getAllByTestId('finding')[0] as HTMLElement);
    fireEvent.keyDown(first, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('detail-name').textContent).toContain('sid'));
    expect(screen.getByTestId('detail-findings').textContent).toMatch(/auth-no-httponly/);
  });

  test('filtering by text, role, lifetime and findings', async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.input(screen.getByTestId('filter'), { target: { value: 'THE' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('cookie-row').map((r) => r.dataset.name)).toEqual(['theme']),
    );
    fireEvent.input(screen.getByTestId('filter'), { target: { value: 'student' } });
    // Not a value match: the filter reads raw values, the JWT's claims are base64url.
    await waitFor(() => expect(screen.getByText('No cookie matches the filters.')).toBeTruthy());
    fireEvent.input(screen.getByTestId('filter'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-role'), { target: { value: 'auth' } });
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('cookie-row')
          .map((r) => r.dataset.name)
          .sort(),
      ).toEqual(['sid', 'token']),
    );
    fireEvent.change(screen.getByTestId('filter-role'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-lifetime'), { target: { value: 'persistent' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('cookie-row').map((r) => r.dataset.name)).toEqual(['theme']),
    );
    expect(screen.getByTestId('status').textContent).toContain('1 of 5 cookies');
  });

  test('masked: the detail pane hides values its findings and role reasons quote (issue #19)', async () => {
    await loaded([
      harEntry({ url: 'https://a.example/', setCookie: ['user=John Smith; Path=/', 'isAdmin=1'] }),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(2));
    fireEvent.click(screen.getByTestId('mask'));
    for (const name of ['user', 'isAdmin']) {
      fireEvent.click(row(name));
      const detail = await screen.findByTestId('cookie-detail');
      const findings = within(detail).getByTestId('detail-findings').textContent ?? '';
      expect(findings).toContain('unsigned-auth-state');
      expect(findings).toContain(`${name}=••••••`);
      expect(detail.textContent).not.toMatch(/Smith|isAdmin=1/);
    }
  });

  test('masked: values hidden in rows, detail and JWT claims', async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.click(screen.getByTestId('mask'));
    fireEvent.click(row('token'));
    const detail = await screen.findByTestId('cookie-detail');
    expect(document.body.textContent).not.toContain(JWT.slice(0, 20));
    expect(detail.textContent).not.toContain('student-42');
    expect(within(detail).getByTestId('detail-value').textContent).toBe('••••••');
    expect(within(detail).getByTestId('jwt-claims-table').textContent).toContain('sub••••••');
  });

  test('detail pane: attributes explained, lifetime, role reasons, JWT claims with human times, Esc closes', async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.click(row('token'));
    const detail = await screen.findByTestId('cookie-detail');
    expect(within(detail).getByTestId('detail-name').textContent).toBe('token');
    const explained = within(detail).getByTestId('set-cookie-explained').textContent ?? '';
    expect(explained).toContain('Secure — only sent over HTTPS');
    expect(explained).toContain('No HttpOnly: scripts on the page can read it');
    expect(within(detail).getByTestId('lifetime-explanation').textContent).toContain('session cookie');
    expect(within(detail).getByTestId('role-reasons').textContent).toMatch(/JWT/i);
    expect(within(detail).getByTestId('jwt-claims-table').textContent).toContain('student-42');
    expect(within(detail).getByTestId('claim-time-exp').textContent).toMatch(/\((expires )?in 59 min/);
    expect(within(detail).getByTestId('detail-findings').textContent).toContain('auth-no-httponly');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('cookie-detail')).toBeNull());

    fireEvent.click(row('sid'));
    const sid = await screen.findByTestId('cookie-detail');
    expect(within(sid).getByTestId('set-cookie-explained').textContent).toContain(
      'HttpOnly — scripts cannot read this cookie via document.cookie',
    );
  });

  test('Esc that closes the pane stops at <html>; consumed in Chrome, not in Firefox (Bugzilla 1652045)', async () => {
    for (const consumeEscape of [true, false]) {
      const store = testStore();
      const view = render(<PanelApp store={store} consumeEscape={consumeEscape} />);
      await store.connect(new FakeSource(LOGIN_ENTRIES));
      await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
      fireEvent.click(row('sid'));
      await screen.findByTestId('cookie-detail');
      // Chrome's DevTools listens on document for the keys it forwards (use-panel-keys.ts).
      let reachedDocument = false;
      const onDocument = () => {
        reachedDocument = true;
      };
      document.addEventListener('keydown', onDocument);
      const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(esc);
      document.removeEventListener('keydown', onDocument);
      await waitFor(() => expect(screen.queryByTestId('cookie-detail')).toBeNull());
      expect({ consumeEscape, reachedDocument, consumed: esc.defaultPrevented }).toEqual({
        consumeEscape,
        reachedDocument: false,
        consumed: consumeEscape,
      });
      // With nothing left to close, Esc is DevTools' own again.
      const again = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.addEventListener('keydown', onDocument);
      document.body.dispatchEvent(again);
      document.removeEventListener('keydown', onDocument);
      expect({ reachedDocument, consumed: again.defaultPrevented }).toEqual({
        reachedDocument: true,
        consumed: false,
      });
      view.unmount();
    }
  });

  test('verify box: a JWT signed with a secret verifies, a wrong secret is a bad signature', async () => {
    const secret = 'correct horse battery staple';
    const now = Date.parse('2026-01-10T10:00:00Z');
    const token = await new SignJWT({ sub: 'u1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(now / 1000) + 3600)
      .sign(new TextEncoder().encode(secret));
    await loaded([harEntry({ url: 'https://a.example/', setCookie: [`jwt=${token}; HttpOnly`] })]);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(1));
    fireEvent.click(row('jwt'));
    const detail = await screen.findByTestId('cookie-detail');
    const key = within(detail).getByLabelText(/^Verification key/);
    fireEvent.input(key, { target: { value: 'wrong' } });
    fireEvent.click(within(detail).getByTestId('verify-run'));
    await waitFor(() =>
      expect(within(detail).getByTestId('verify-result').textContent).toMatch(/^bad signature/),
    );
    fireEvent.input(key, { target: { value: secret } });
    fireEvent.click(within(detail).getByTestId('verify-run'));
    await waitFor(() =>
      expect(within(detail).getByTestId('verify-result').textContent).toMatch(/^valid signature \(HS256\)/),
    );
  });

  test('findings tab groups by severity and clicking one opens the cookie', async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.click(screen.getByRole('tab', { name: /Findings/ }));
    const view = await screen.findByTestId('findings-view');
    const groups = [...view.querySelectorAll<HTMLElement>('[data-testid^="group-"]')].map(
      (g) => g.dataset.testid,
    );
    expect(groups[0]).toBe('group-high');
    expect(groups.indexOf('group-high')).toBeLessThan(groups.indexOf('group-info'));
    const high = within(screen.getByTestId('group-high'));
    expect(high.getAllByTestId('finding').some((f) => f.textContent?.includes('auth-no-httponly'))).toBe(
      true,
    );
    const link = high.getAllByRole('button').find((b) => b.title.startsWith('Show cookie token'));
    if (!link) throw new Error('no link to the token cookie');
    fireEvent.click(link);
    await waitFor(() => expect(screen.getByTestId('detail-name').textContent).toBe('token'));
  });

  test('a note says when the ring dropped old requests', async () => {
    const store = testStore(3);
    render(<PanelApp store={store} />);
    await store.connect(new FakeSource());
    for (let i = 0; i < 5; i++) store.addEntry(harEntry({ url: `https://a.example/${i}` }, i));
    const note = await screen.findByTestId('dropped-note');
    expect(note.textContent).toBe('2 oldest requests dropped (the log keeps the latest 3)');
    expect(screen.getByTestId('request-count').textContent).toBe('3');
  });

  test('import error shown inline (Chrome HAR without cookies)', async () => {
    const { store } = await loaded([]);
    await store.importHar(
      JSON.stringify({
        log: {
          creator: { name: 'WebInspector', version: '537.36' },
          browser: { name: 'Chrome', version: '131.0.6778.86' },
          entries: [
            {
              request: {
                method: 'GET',
                url: 'https://a.example/',
                headers: [{ name: 'Accept', value: '*/*' }],
              },
              response: { status: 200, headers: [] },
            },
          ],
        },
      }),
      'nocookies.har',
    );
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('Allow to generate HAR with sensitive data');
  });

  test('hostile names and values render as text, never as markup', async () => {
    // A cookie name cannot hold "=", so the <img> payload is the value and the <script> one the name.
    const payload = '<script>alert(document.domain)</script>';
    const img = '<img src=x onerror=alert(1)>';
    await loaded([harEntry({ url: 'https://a.example/', setCookie: [`${payload}=${img}`] })]);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(1));
    fireEvent.click(screen.getAllByTestId('cookie-row')[0] as HTMLElement);
    await screen.findByTestId('cookie-detail');
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(document.querySelectorAll('script').length).toBe(0);
    expect(screen.getByTestId('detail-name').textContent).toBe(payload);
    expect(screen.getByTestId('detail-value').textContent).toBe(img);
  });

  test('/ focuses the filter; export JSON gives the core report', async () => {
    const files: { filename: string; text: string }[] = [];
    const store = testStore();
    render(<PanelApp store={store} onExport={(f) => files.push(f)} />);
    await store.connect(new FakeSource(LOGIN_ENTRIES));
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByTestId('filter'));
    // Export is a menu button: opening it exports nothing; choosing an item does, and says which file.
    fireEvent.click(screen.getByTestId('export'));
    expect(files).toEqual([]);
    for (const kind of ['json', 'har', 'md']) {
      if (!screen.queryByTestId('export-menu')) fireEvent.click(screen.getByTestId('export'));
      const item = screen.getByTestId('export-menu').querySelector(`[data-item="${kind}"]`) as HTMLElement;
      fireEvent.click(item);
      // The export code is a lazy chunk (lazy-panes.ts): the first export may wait for it.
      await waitFor(() => expect(files.length).toBe(['json', 'har', 'md'].indexOf(kind) + 1), {
        timeout: 10_000,
      });
    }
    expect(screen.getByTestId('export-note').textContent).toContain(files[2]?.filename ?? '?');
    expect(files.map((f) => f.filename.split('.').pop())).toEqual(['json', 'har', 'md']);
    const report = JSON.parse(files[0]?.text ?? '{}') as { tool: { name: string }; cookies: unknown[] };
    expect(report.tool.name).toBe('cookie-lens');
    // The HAR export round-trips through the importer with its cookie headers.
    const again = testStore();
    expect(await again.importHar(files[1]?.text ?? '', 'x.har')).toEqual({ ok: true, exchanges: 2 });
    expect(again.getState().analysis.cookies.length).toBe(5);
    expect(files[2]?.text).toContain('`auth-no-httponly`');
  });

  test('a history link selects its request in the Requests tab; the Flow tab traces the selected cookie', async () => {
    await loaded();
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    fireEvent.click(row('sid'));
    const history = await screen.findByTestId('cookie-history');
    const link = within(history).getAllByRole('button')[0] as HTMLElement;
    expect(link.textContent).toBe('POST https://shop.example/login');
    fireEvent.click(link);
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /Requests/ }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(screen.getByRole('tabpanel').textContent).toContain('shop.example/login');
    fireEvent.click(screen.getByRole('tab', { name: /Flow/ }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /Flow/ }).getAttribute('aria-selected')).toBe('true'),
    );
    // The detail pane stays open on the traced cookie.
    expect(screen.getByTestId('detail-name').textContent).toBe('sid');
  });

  test('a HAR dropped on the panel is imported; a broken one shows its error inline', async () => {
    const { store } = await loaded([]);
    const app = screen.getByTestId('panel-app');
    const good = new File([JSON.stringify({ log: { entries: LOGIN_ENTRIES } })], 'login.har');
    fireEvent.drop(app, { dataTransfer: { files: [good] } });
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(5));
    expect(screen.getByTestId('imported').textContent).toBe('from login.har');
    fireEvent.drop(app, { dataTransfer: { files: [new File(['{"log": 1}'], 'broken.har')] } });
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('broken.har: not a HAR file: no "log" object');
    // A failed import keeps what was there.
    expect(store.getState().requestCount).toBe(2);
  });

  test('huge values are cut to 200 characters in rows and shown whole in the detail pane', async () => {
    const value = 'v'.repeat(3000);
    await loaded([harEntry({ url: 'https://a.example/', setCookie: [`big=${value}`] })]);
    await waitFor(() => expect(screen.getAllByTestId('cookie-row').length).toBe(1));
    const cell = row('big').querySelector('.c-value');
    expect(cell?.textContent).toBe(`${'v'.repeat(199)}…`);
    fireEvent.click(row('big'));
    expect((await screen.findByTestId('detail-value')).textContent).toBe(value);
  });
});
