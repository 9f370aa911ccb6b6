import { describe, expect, it } from 'vitest';
import { jarFact } from '../../../scripts/fixtures/jar-fact.ts';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { beforeCaptureCount, joinJar, SCRIPT_WINDOW_MS } from '../../../src/core/analysis/jar-join.ts';
import { FROM_JAR, JAR_EXCHANGE_ID } from '../../../src/core/analysis/jar-rules.ts';
import type { JarCookieFact, JarSnapshot } from '../../../src/core/analysis/jar-types.ts';
import { capture, T0 } from '../rules/helpers.ts';

const PAGE = 'https://app.example.com/';
const DAY = 86_400_000;

const fact = (name: string, value: string, over: Partial<JarCookieFact> = {}): JarCookieFact =>
  jarFact({ name, value, domain: 'app.example.com', ...over });

function snapshot(cookies: JarCookieFact[], over: Partial<JarSnapshot> = {}): JarSnapshot {
  return {
    pageUrl: PAGE,
    cookies,
    readHosts: ['app.example.com'],
    unreadHosts: [],
    dropped: 0,
    changes: [],
    readAt: T0 + 10_000,
    ...over,
  };
}

/** The page after login, DevTools opened late: every cookie is only seen sent. */
const sentOnly = analyseExchanges(
  capture([{ url: PAGE, cookie: 'sid=abc123; theme=dark; session_token=t0k; ui=compact' }]),
);

describe('joinJar: cookies set before DevTools opened', () => {
  it('counts them before the jar is read, and leaves them unknown without it', () => {
    expect(beforeCaptureCount(sentOnly.cookies)).toBe(4);
    const joined = joinJar(sentOnly, null);
    expect(joined.jar).toBeNull();
    expect(joined.cookies.every((c) => c.attributesFrom === null && c.httpOnly === null)).toBe(true);
  });

  it('takes lifetime and flags from the jar, and the rules judge them', () => {
    const joined = joinJar(
      sentOnly,
      snapshot([
        fact('sid', 'abc123', { httpOnly: true }),
        fact('theme', 'dark', { expiresAt: T0 + 30 * DAY, domain: '.example.com', hostOnly: false }),
        fact('session_token', 't0k'),
        fact('ui', 'compact'),
      ]),
    );
    const by = new Map(joined.cookies.map((c) => [c.name, c]));
    expect(by.get('sid')).toMatchObject({
      attributesFrom: 'jar',
      httpOnly: true,
      lifetime: { kind: 'session' },
    });
    expect(by.get('theme')).toMatchObject({
      attributesFrom: 'jar',
      domain: 'example.com',
      hostOnly: false,
      lifetime: { kind: 'persistent', expiresAt: T0 + 30 * DAY },
    });
    expect(by.get('session_token')?.role.role).toBe('auth');
    const noHttpOnly = joined.findings.filter((f) => f.rule === 'auth-no-httponly');
    expect(noHttpOnly.map((f) => f.cookie?.name)).toEqual(['session_token']);
    expect(noHttpOnly[0]?.message.endsWith(FROM_JAR)).toBe(true);
    expect(noHttpOnly[0]?.exchanges).toEqual([JAR_EXCHANGE_ID]);
    // The sent-only story carries over: the row keeps the request that sent it.
    expect(by.get('sid')?.sentOn).toEqual(['e1']);
    expect(joined.jar).toMatchObject({ fromJar: 4, disagreements: 0 });
    expect(joined.sites.find((s) => s.site === 'example.com')).toMatchObject({
      session: 3,
      persistent: 1,
      unknown: 0,
    });
  });

  it('leaves cookies of hosts it may not read unknown', () => {
    const a = analyseExchanges(capture([{ url: 'https://cdn.other.org/x', cookie: 'sid=1', page: PAGE }]));
    const joined = joinJar(a, snapshot([], { unreadHosts: ['cdn.other.org'] }));
    expect(joined.cookies[0]).toMatchObject({ attributesFrom: null, httpOnly: null });
    expect(joined.cookies[0]?.jar).toBeUndefined();
  });
});

describe('joinJar: replay vs jar', () => {
  const thirdParty = analyseExchanges(
    capture([
      { url: PAGE, set: ['sid=1; Secure; HttpOnly; SameSite=Lax'] },
      { url: 'https://ads.tracker.net/pixel', page: PAGE, set: ['tp=1; SameSite=None; Secure'] },
    ]),
  );

  it('says a third-party cookie the replay stored was refused by the browser', () => {
    const joined = joinJar(
      thirdParty,
      snapshot([fact('sid', '1', { httpOnly: true })], { readHosts: ['app.example.com', 'ads.tracker.net'] }),
    );
    const tp = joined.cookies.find((c) => c.name === 'tp');
    expect(tp?.jar).toMatchObject({ inJar: false, reason: 'refused-third-party' });
    expect(tp?.jar?.explanation).toMatch(/blocks third-party cookies/);
    const sid = joined.cookies.find((c) => c.name === 'sid');
    expect(sid).toMatchObject({ attributesFrom: 'set-cookie', jar: { inJar: true, reason: null } });
    expect(joined.jar?.disagreements).toBe(1);
  });

  it('says the browser partitioned a third-party cookie the replay stored unpartitioned', () => {
    const joined = joinJar(
      thirdParty,
      snapshot(
        [
          fact('sid', '1', { httpOnly: true }),
          fact('tp', '1', {
            domain: 'ads.tracker.net',
            sameSite: 'none',
            partitionKey: 'https://example.com',
          }),
        ],
        { readHosts: ['app.example.com', 'ads.tracker.net'] },
      ),
    );
    const tp = joined.cookies.filter((c) => c.name === 'tp');
    expect(tp.find((c) => c.attributesFrom === 'set-cookie')?.jar).toMatchObject({
      inJar: true,
      reason: 'partitioned-by-browser',
      differences: ['partition: Set-Cookie none, jar https://example.com'],
    });
    expect(tp.find((c) => c.attributesFrom === 'jar')?.partitionKey).toBe('https://example.com');
  });

  it('says nothing about a host it did not read', () => {
    const joined = joinJar(thirdParty, snapshot([fact('sid', '1', { httpOnly: true })]));
    expect(joined.cookies.find((c) => c.name === 'tp')?.jar).toBeUndefined();
  });

  it('explains an expired cookie and flags that changed after the last Set-Cookie', () => {
    const a = analyseExchanges(
      capture([{ url: PAGE, set: ['short=1; Max-Age=5; Secure', 'pref=a; Secure; SameSite=Lax'] }]),
    );
    const joined = joinJar(a, snapshot([fact('pref', 'b', { sameSite: 'strict' })]));
    expect(joined.cookies.find((c) => c.name === 'short')?.jar?.reason).toBe('expired');
    const pref = joined.cookies.find((c) => c.name === 'pref');
    expect(pref?.jar?.reason).toBe('flags-differ');
    expect(pref?.jar?.differences).toEqual([
      'value: the jar holds another value than the last Set-Cookie',
      'SameSite: Set-Cookie lax, jar strict',
    ]);
  });

  it('marks a jar change no Set-Cookie explains as set by a script, not one a response explains', () => {
    const a = analyseExchanges(capture([{ url: PAGE, set: ['srv=1; Secure'] }]));
    const changes = [
      { cookie: fact('ui', 'compact'), removed: false, cause: 'explicit', at: T0 + 8000 },
      { cookie: fact('srv', '1'), removed: false, cause: 'explicit', at: T0 + SCRIPT_WINDOW_MS - 1 },
    ];
    const joined = joinJar(
      a,
      snapshot([fact('ui', 'compact'), fact('srv', '1', { secure: true })], { changes }),
    );
    const ui = joined.cookies.find((c) => c.name === 'ui');
    expect(ui?.events.map((e) => e.type)).toEqual(['script-set']);
    expect(ui?.jar?.scriptSet).toBe(true);
    const srv = joined.cookies.find((c) => c.name === 'srv');
    expect(srv?.events.map((e) => e.type)).toEqual(['set']);
  });
});
