import { describe, expect, it } from 'vitest';
import { Capture } from '../../../src/core/capture/capture.ts';
import type { Exchange } from '../../../src/core/model.ts';

const ex = (n: number): Exchange => ({
  id: String(n),
  startedAt: n,
  url: `https://a.test/${n}`,
  method: 'GET',
  status: 200,
  pageUrl: null,
  requestCookieHeader: null,
  setCookieHeaders: [],
});

describe('Capture', () => {
  it('keeps order and drops the oldest past its limit, counting drops', () => {
    const c = new Capture({ limit: 3 });
    for (let i = 1; i <= 5; i++) c.add(ex(i));
    expect(c.toArray().map((e) => e.id)).toEqual(['3', '4', '5']);
    expect(c.length).toBe(3);
    expect(c.dropped).toBe(2);
    expect(c.at(0)?.id).toBe('3');
    expect(c.at(3)).toBeUndefined();
  });

  it('replaces an exchange in place by id (wrapped ring), not one that fell out', () => {
    const c = new Capture({ limit: 3 });
    for (let i = 1; i <= 4; i++) c.add(ex(i));
    const version = c.version;
    expect(c.replace({ ...ex(3), requestCookieHeader: 'a=1' })).toBe(true);
    expect(c.toArray().map((e) => `${e.id}:${e.requestCookieHeader}`)).toEqual(['2:null', '3:a=1', '4:null']);
    expect(c.version).toBeGreaterThan(version);
    expect(c.replace(ex(1))).toBe(false);
    expect(c.length).toBe(3);
  });

  it('ignores new exchanges while recording is paused', () => {
    const c = new Capture();
    c.recording = false;
    expect(c.add(ex(1))).toBe(false);
    expect(c.length).toBe(0);
  });

  it('clears on navigation unless preserve log is on', () => {
    const c = new Capture();
    c.add(ex(1));
    c.navigated('https://a.test/next', 10);
    expect(c.length).toBe(0);
    c.preserveLog = true;
    c.add(ex(2));
    c.navigated('https://a.test/again', 20);
    expect(c.length).toBe(1);
    expect(c.navigations.map((n) => n.atSeq)).toEqual([0, 1]);
  });

  it('bumps its version on every change and falls back to the default limit on nonsense', () => {
    const c = new Capture({ limit: Number.NaN });
    expect(c.limit).toBe(20_000);
    const v = c.version;
    c.add(ex(1));
    c.clear();
    expect(c.version).toBe(v + 2);
    expect(c.dropped).toBe(0);
  });
});
