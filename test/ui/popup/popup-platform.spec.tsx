// The popup's platform adapters against a fake `browser` (src/platform/browser.ts refuses to load outside an extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTHING_CAPTURED } from '../../fixtures/nothing-captured.ts';

const fake = vi.hoisted(() => ({
  contains: vi.fn(async (_: { origins: string[] }) => false),
  request: vi.fn(async (_: { origins: string[] }) => true),
  sendMessage: vi.fn(async (_: unknown): Promise<unknown> => undefined),
  store: {} as Record<string, unknown>,
  tab: { id: 9, url: undefined as string | undefined },
  getAll: vi.fn(async (_: Record<string, unknown>): Promise<unknown[]> => []),
}));

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    permissions: { contains: fake.contains, request: fake.request },
    runtime: { sendMessage: fake.sendMessage },
    storage: {
      local: {
        get: async (k: string) => (k in fake.store ? { [k]: fake.store[k] } : {}),
        set: async (o: Record<string, unknown>) => Object.assign(fake.store, o),
      },
    },
    cookies: { getAll: fake.getAll },
    tabs: {
      get: async (id: number) => (id === fake.tab.id ? { ...fake.tab } : Promise.reject(new Error('No tab'))),
      query: async () => [{ ...fake.tab }],
    },
  },
}));

const { requestSiteAccess, requestAllSitesAccess } = await import('../../../src/platform/host-permission.ts');
const { originPattern, hasHostAccess } = await import('../../../src/platform/host-access.ts');
const { readJarCookies, MAX_JAR_COOKIES } = await import('../../../src/platform/jar-cookies.ts');
const { fetchTabSummary } = await import('../../../src/platform/popup-summary.ts');
const { readSummaryReply } = await import('../../../src/protocol/summary-reply.ts');
const { loadMaskValues, saveMaskValues } = await import('../../../src/platform/popup-prefs.ts');
const { loadPopupInput } = await import('../../../src/platform/popup-source.ts');

beforeEach(() => vi.clearAllMocks());

describe('host permission', () => {
  it('builds a port-less match pattern for http(s) pages only', () => {
    expect(originPattern('http://127.0.0.1:8080/a?b')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://shop.example.co.uk/')).toBe('https://shop.example.co.uk/*');
    expect(originPattern('chrome://settings/')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
    expect(originPattern(null)).toBeNull();
  });

  it('asks the browser in the same call stack as the click (user gesture)', () => {
    void requestSiteAccess('https://a.example/x');
    // Synchronously: no await may sit between the click and permissions.request.
    expect(fake.request).toHaveBeenCalledWith({ origins: ['https://a.example/*'] });
    void requestAllSitesAccess();
    expect(fake.request).toHaveBeenLastCalledWith({ origins: ['http://*/*', 'https://*/*'] });
  });

  it('never rejects', async () => {
    fake.contains.mockRejectedValueOnce(new Error('boom'));
    expect(await hasHostAccess({ contains: fake.contains }, 'https://a.example/')).toBe(false);
    fake.request.mockRejectedValueOnce(new Error('not in a gesture'));
    expect(await requestAllSitesAccess()).toBe(false);
    expect(await requestSiteAccess('about:blank')).toBe(false);
  });
});

describe('jar cookies', () => {
  const raw = (over: Record<string, unknown> = {}) => ({
    name: 'sid',
    value: 'v',
    domain: 'a.example',
    path: '/',
    hostOnly: true,
    secure: true,
    httpOnly: true,
    sameSite: 'no_restriction',
    session: false,
    expirationDate: 1_900_000_000.5,
    ...over,
  });

  it('reads the page and its CHIPS partition (Chrome shape) and marks partitioned ones', async () => {
    const calls: Record<string, unknown>[] = [];
    const getAll = async (d: Record<string, unknown>) => {
      calls.push(d);
      if ('partitionKey' in d)
        return [raw({ name: 'chip', partitionKey: { topLevelSite: 'https://a.example' } }), raw()];
      return [raw()];
    };
    const read = await readJarCookies({ getAll }, 'https://www.a.example/p', 'https://a.example');
    expect(calls).toEqual([
      { url: 'https://www.a.example/p' },
      { partitionKey: { topLevelSite: 'https://a.example' } },
    ]);
    if (!read.ok) throw new Error(read.message);
    expect(read.partitions).toBe('read');
    expect(read.cookies.map((c) => [c.name, c.partitioned, c.sameSite, c.expiresAt])).toEqual([
      ['sid', false, 'none', 1_900_000_000_500],
      ['chip', true, 'none', 1_900_000_000_500],
    ]);
  });

  it('retries with firstPartyDomain: null (Firefox first-party isolation) and survives no partition support', async () => {
    const getAll = async (d: Record<string, unknown>) => {
      if (!('firstPartyDomain' in d))
        throw new Error(
          "First-Party Isolation is enabled, but the required 'firstPartyDomain' attribute was not set.",
        );
      if ('partitionKey' in d) throw new Error('Unexpected property "partitionKey"');
      return [raw({ session: true, expirationDate: undefined })];
    };
    const read = await readJarCookies({ getAll }, 'http://127.0.0.1:3000/', 'http://127.0.0.1');
    if (!read.ok) throw new Error(read.message);
    expect(read.partitions).toBe('unsupported');
    expect(read.cookies[0]).toMatchObject({ name: 'sid', session: true, expiresAt: null });
  });

  it('is bounded, cuts long values, tolerates junk and never rejects', async () => {
    const many = Array.from({ length: MAX_JAR_COOKIES + 5 }, (_, i) =>
      raw({ name: `c${i}`, value: 'x'.repeat(2000) }),
    );
    const getAll = async (d: Record<string, unknown>) => ('partitionKey' in d ? [] : many);
    const read = await readJarCookies({ getAll }, 'https://a.example/', 'https://a.example');
    if (!read.ok) throw new Error(read.message);
    expect(read.cookies.length).toBe(MAX_JAR_COOKIES);
    expect(read.dropped).toBe(5);
    expect(read.cookies[0]?.valueTruncated).toBe(true);
    const junk = await readJarCookies(
      { getAll: async () => [{ name: 5, partitionKey: 'x' }] },
      'https://a.example/',
      null,
    );
    expect(junk.ok && junk.cookies[0]).toMatchObject({
      name: '',
      path: '/',
      partitioned: false,
      session: true,
    });
    const refused = async () => {
      throw new Error('no permission');
    };
    const failing = await readJarCookies({ getAll: refused }, 'https://a.example/', 'https://a.example');
    expect(failing).toMatchObject({ ok: false, code: 'failed' });
    // No cookies API in this context (a bundle's `browser.cookies` without the permission).
    expect(await readJarCookies(undefined, 'https://a.example/', null)).toMatchObject({
      ok: false,
      code: 'failed',
    });
    expect(await readJarCookies({ getAll: refused }, null, null)).toMatchObject({
      ok: false,
      code: 'no-url',
    });
  });

  it('without a top-level site (or a malformed one) it skips the partition query and says so', async () => {
    for (const site of [null, 'example.com', 'https://a.example/path', 'javascript:alert(1)']) {
      const calls: Record<string, unknown>[] = [];
      const getAll = async (d: Record<string, unknown>) => {
        calls.push(d);
        return [raw()];
      };
      const read = await readJarCookies({ getAll }, 'https://a.example/', site);
      expect(calls).toEqual([{ url: 'https://a.example/' }]);
      expect(read).toMatchObject({ ok: true, partitions: 'not-read' });
    }
  });
});

describe('tab summary reply', () => {
  const summary = {
    sites: 1,
    cookies: 2,
    session: 1,
    persistent: 1,
    unknown: 0,
    deleted: 0,
    auth: 1,
    jwt: 0,
    thirdParty: 0,
    findings: { high: 1, medium: 0, low: 0, info: 0 },
    score: 70,
    grade: 'C',
    localOnly: { high: 0, medium: 0, low: 0, info: 0 },
    machineScore: 70,
    machineGrade: 'C',
  };
  const finding = {
    rule: 'auth-no-httponly',
    severity: 'high',
    cookie: { name: 'sid', domain: 'a', path: '/' },
    exchanges: ['1'],
    message: 'Auth cookie sid is not HttpOnly',
  };
  const reply = {
    ok: true,
    tabId: 3,
    captured: true,
    pageUrl: 'http://a/',
    exchanges: 4,
    dropped: 2,
    summary,
    topFindings: [finding],
    totalFindings: 9,
    topLevelSite: 'http://a',
  };

  it('sends getTabSummary with the tab address and keeps the judged capture', async () => {
    fake.sendMessage.mockResolvedValueOnce(reply);
    const read = await fetchTabSummary(3, 'http://a/x');
    expect(fake.sendMessage).toHaveBeenCalledWith({
      type: 'getTabSummary',
      payload: { tabId: 3, pageUrl: 'http://a/x' },
    });
    const { ok: _ok, tabId: _tab, ...rest } = reply;
    expect(read).toEqual({ ok: true, ...rest });
    fake.sendMessage.mockResolvedValueOnce(reply);
    await fetchTabSummary(3, null);
    expect(fake.sendMessage).toHaveBeenLastCalledWith({ type: 'getTabSummary', payload: { tabId: 3 } });
  });

  it('grades an older reply without the "fine on this machine" side as production', async () => {
    const { localOnly: _l, machineScore: _s, machineGrade: _g, ...older } = summary;
    fake.sendMessage.mockResolvedValueOnce({ ...reply, summary: older });
    const read = await fetchTabSummary(3, null);
    expect(read.ok && read.summary).toMatchObject({
      localOnly: { high: 0, medium: 0, low: 0, info: 0 },
      machineScore: 70,
      machineGrade: 'C',
    });
  });

  it('keeps only well-formed findings (at most 5) and a well-formed summary', async () => {
    const bad = [
      null,
      { ...finding, severity: 'critical' },
      { ...finding, message: 5 },
      { ...finding, rule: undefined },
    ];
    const many = Array.from({ length: 8 }, (_, i) => ({ ...finding, rule: `r${i}` }));
    const read = readSummaryReply({ ...reply, topFindings: [...bad, ...many], totalFindings: 'x' });
    if (!read.ok) throw new Error(read.message);
    // The first 5 entries are looked at; 4 of them are junk.
    expect(read.topFindings.map((f) => f.rule)).toEqual(['r0']);
    expect(read.totalFindings).toBe(1);
    const noCookie = readSummaryReply({
      ...reply,
      topFindings: [{ ...finding, cookie: 'sid', exchanges: [1, 'x'] }],
    });
    expect(noCookie.ok && noCookie.topFindings[0]).toMatchObject({ cookie: null, exchanges: ['x'] });
    for (const broken of [
      { ...summary, grade: 'Z' },
      { ...summary, cookies: -1 },
      { ...summary, findings: { high: 1 } },
      { ...summary, score: Number.NaN },
      'A',
    ]) {
      const r = readSummaryReply({ ...reply, summary: broken });
      expect(r.ok && r.summary).toBeNull();
    }
    expect(readSummaryReply({ ok: true })).toEqual({ ok: true, ...NOTHING_CAPTURED, topLevelSite: null });
  });

  it('turns refusals, silence and a dead background into values', async () => {
    expect(readSummaryReply({ ok: false, code: 'bad-payload', message: 'expected' })).toEqual({
      ok: false,
      code: 'bad-payload',
      message: 'expected',
    });
    expect(readSummaryReply(undefined)).toMatchObject({ ok: false, code: 'no-reply' });
    expect(readSummaryReply({ ok: false })).toMatchObject({ ok: false, code: 'failed' });
    fake.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await fetchTabSummary(3, null)).toMatchObject({ ok: false, code: 'no-background' });
  });
});

describe('mask preference', () => {
  it('persists in storage.local', async () => {
    expect(await loadMaskValues()).toBe(false);
    await saveMaskValues(true);
    expect(fake.store['popup.maskValues']).toBe(true);
    expect(await loadMaskValues()).toBe(true);
  });
});

describe('popup input', () => {
  const page = 'http://127.0.0.1:4000/shop';
  const reply = {
    ok: true,
    tabId: 9,
    captured: true,
    pageUrl: page,
    exchanges: 0,
    dropped: 0,
    summary: null,
    topFindings: [],
    totalFindings: 0,
    topLevelSite: 'http://127.0.0.1',
  };

  /** The tab shows `tabUrl` (undefined: hidden), the background answers `reply`, the site is granted, one cookie in the jar. */
  function grantedWithOneCookie(tabUrl: string | undefined): void {
    fake.tab.url = tabUrl;
    fake.sendMessage.mockResolvedValueOnce(reply);
    fake.contains.mockResolvedValueOnce(true);
    fake.getAll.mockResolvedValue([
      { name: 'sid', value: '1', domain: '127.0.0.1', path: '/', session: true },
    ]);
  }

  it('without access: the tab URL is hidden, no jar is read', async () => {
    fake.tab.url = undefined;
    fake.sendMessage.mockResolvedValueOnce({ ...reply, captured: false, pageUrl: null, topLevelSite: null });
    const got = await loadPopupInput('?tab=9');
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'getTabSummary', payload: { tabId: 9 } });
    expect(got).toMatchObject({ tabId: 9, pageUrl: null, access: false, jar: null });
    expect(fake.getAll).not.toHaveBeenCalled();
  });

  it('takes the page URL from the capture when the tab hides it, then reads the jar and its partition', async () => {
    grantedWithOneCookie(undefined);
    const got = await loadPopupInput('?tab=9');
    expect(got.pageUrl).toBe(page);
    expect(fake.contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(got.access).toBe(true);
    expect(got.jar).toMatchObject({ ok: true, cookies: [{ name: 'sid' }], partitions: 'read' });
    expect(fake.getAll).toHaveBeenCalledWith({ url: page });
    // The partition key comes from the background's reply: the popup bundles no public-suffix list.
    expect(fake.getAll).toHaveBeenCalledWith({ partitionKey: { topLevelSite: 'http://127.0.0.1' } });
  });

  it('with access, hands over the summary before the jar is read, then the whole input', async () => {
    grantedWithOneCookie(page);
    const early: unknown[] = [];
    const got = loadPopupInput('?tab=9', (input) => {
      // The grade can show now: the jar has not been asked for yet.
      expect(fake.getAll).not.toHaveBeenCalled();
      early.push(input);
    });
    const input = await got;
    expect(early).toEqual([{ ...input, jar: null }]);
    expect(early[0]).toMatchObject({ tabId: 9, pageUrl: page, access: true, summary: { ok: true } });
    expect(input.jar).toMatchObject({ ok: true, cookies: [{ name: 'sid' }] });
  });

  it('activeTab: the tab URL is visible without host access; the summary gets it, no jar is read', async () => {
    // Chrome's cookies API ignores activeTab (measured: popup-active-tab-chromium.e2e.ts), so asking
    // would only show an empty jar that is not empty.
    fake.tab.url = 'https://shop.example.co.uk/cart';
    fake.sendMessage.mockResolvedValueOnce({
      ...reply,
      captured: false,
      pageUrl: null,
      topLevelSite: 'https://example.co.uk',
    });
    const got = await loadPopupInput('?tab=9');
    expect(fake.sendMessage).toHaveBeenCalledWith({
      type: 'getTabSummary',
      payload: { tabId: 9, pageUrl: 'https://shop.example.co.uk/cart' },
    });
    expect(fake.contains).toHaveBeenCalledWith({ origins: ['https://shop.example.co.uk/*'] });
    expect(got).toMatchObject({ pageUrl: 'https://shop.example.co.uk/cart', access: false, jar: null });
    expect(fake.getAll).not.toHaveBeenCalled();
  });

  it('a visible non-web URL (the new tab page) is not activeTab and reads no jar', async () => {
    fake.tab.url = 'chrome://newtab/';
    fake.sendMessage.mockResolvedValueOnce({ ...reply, captured: false, pageUrl: null, topLevelSite: null });
    const got = await loadPopupInput('?tab=9');
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'getTabSummary', payload: { tabId: 9 } });
    expect(got).toMatchObject({ pageUrl: 'chrome://newtab/', access: false, jar: null });
    expect(fake.getAll).not.toHaveBeenCalled();
  });

  it('an unknown ?tab= gives no tab at all', async () => {
    expect(await loadPopupInput('?tab=12345')).toMatchObject({ tabId: null, summary: null, jar: null });
  });
});
