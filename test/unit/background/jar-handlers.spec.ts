import { describe, expect, it } from 'vitest';
import { jarFact } from '../../../scripts/fixtures/jar-fact.ts';
import { type JarDeps, jarHandlers, MAX_ORIGINS } from '../../../src/background/jar-handlers.ts';
import { dispatch } from '../../../src/background/message-handlers.ts';
import type { JarCookieFact } from '../../../src/core/analysis/jar-types.ts';

const cookie = (name: string, domain: string): JarCookieFact =>
  jarFact({ name, value: 'v', domain, secure: false, sameSite: null });

function deps(granted: string[], jar: Record<string, JarCookieFact[]>) {
  const reads: [string, string | null][] = [];
  const opened: string[] = [];
  const d: JarDeps = {
    hasAccess: async (url) => granted.some((h) => new URL(url).hostname === h),
    read: async (url, site) => {
      reads.push([url, site]);
      return { cookies: jar[new URL(url).hostname] ?? [], dropped: 0 };
    },
    openTab: async (url) => {
      opened.push(url);
    },
    grantPageUrl: (page) => `moz-extension://x/grant.html?site=${encodeURIComponent(page)}`,
  };
  return { d, reads, opened };
}

describe('readPageJar', () => {
  it('reads the page (with its partition) and the granted origins; names the hosts it may not read', async () => {
    const { d, reads } = deps(['app.example.com', 'api.example.com'], {
      'app.example.com': [cookie('sid', 'app.example.com')],
      'api.example.com': [cookie('sid', 'app.example.com'), cookie('x', 'api.example.com')],
    });
    const reply = await dispatch(jarHandlers(d), {
      type: 'readPageJar',
      payload: {
        pageUrl: 'https://app.example.com/home',
        origins: ['https://api.example.com/v1', 'https://cdn.other.org/a.js', 'javascript:alert(1)'],
      },
    });
    expect(reply).toMatchObject({
      ok: true,
      access: true,
      readHosts: ['app.example.com', 'api.example.com'],
      unreadHosts: ['cdn.other.org'],
    });
    expect((reply as { cookies: JarCookieFact[] }).cookies.map((c) => c.name)).toEqual(['sid', 'x']);
    expect(reads).toEqual([
      ['https://app.example.com/home', 'https://example.com'],
      ['https://api.example.com/', null],
    ]);
  });

  it('without access to the page: access false, nothing read', async () => {
    const { d, reads } = deps([], {});
    const reply = await dispatch(jarHandlers(d), {
      type: 'readPageJar',
      payload: { pageUrl: 'https://a.example/' },
    });
    expect(reply).toMatchObject({ ok: true, access: false, cookies: [], unreadHosts: ['a.example'] });
    expect(reads).toEqual([]);
  });

  it('bounds the origins and refuses a non-web page', async () => {
    const { d, reads } = deps(Array.from({ length: 100 }, (_, i) => `h${i}.example`).concat('a.example'), {});
    const origins = Array.from({ length: 100 }, (_, i) => `https://h${i}.example/`);
    await dispatch(jarHandlers(d), {
      type: 'readPageJar',
      payload: { pageUrl: 'https://a.example/', origins },
    });
    expect(reads.length).toBe(1 + MAX_ORIGINS);
    expect(
      await dispatch(jarHandlers(d), { type: 'readPageJar', payload: { pageUrl: 'file:///etc/passwd' } }),
    ).toMatchObject({ ok: false, code: 'bad-payload' });
  });

  it('openGrantPage opens grant.html for the page', async () => {
    const { d, opened } = deps([], {});
    await dispatch(jarHandlers(d), { type: 'openGrantPage', payload: { pageUrl: 'https://a.example/x' } });
    expect(opened).toEqual(['moz-extension://x/grant.html?site=https%3A%2F%2Fa.example%2Fx']);
  });
});
