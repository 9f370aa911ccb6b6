/**
 * Issue #19 break 4: what crosses from the import worker to the panel. The analysis, published in
 * bounded parts and rebuilt on the panel's side, is the worker's Analyzer snapshot, publication after
 * publication; imported Set-Cookie lines arrive packed and read as the same arrays; the worker keeps
 * the log's analysis for live requests and rebuilds it as the ring drops.
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, Analyzer } from '../../../src/core/analysis/analyzer.ts';
import type { Exchange } from '../../../src/core/model.ts';
import { AnalysisHost, PUBLISH_DELAY_MS } from '../../../src/ui/panel/import/analysis-host.ts';
import { AnalysisMirror } from '../../../src/ui/panel/import/analysis-mirror.ts';
import { AnalysisPublisher, type PublishedRing } from '../../../src/ui/panel/import/analysis-publisher.ts';
import {
  type AnalysisPart,
  BATCH_LINES,
  type ImportMessage,
} from '../../../src/ui/panel/import/import-messages.ts';
import { packLines, unpackLines } from '../../../src/ui/panel/import/packed-lines.ts';
import { capture, T0 } from '../../unit/rules/helpers.ts';

const H = 'https://app.example.com';
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImV4cCI6MTc2ODQ4MjAwMH0.c2lnbmF0dXJl';

/** A publisher whose messages reach a mirror through a structured clone, as postMessage does. */
function pipe(): {
  publisher: AnalysisPublisher;
  mirror: AnalysisMirror;
  parts: AnalysisPart[];
  commits: number;
} {
  const mirror = new AnalysisMirror();
  const state = { parts: [] as AnalysisPart[], commits: 0 };
  const publisher = new AnalysisPublisher((m) => {
    const data = structuredClone(m);
    if (data.type === 'analysis') state.parts.push(data);
    if (data.type === 'analysis' || data.type === 'commit') {
      if (mirror.apply(data)) state.commits++;
    }
  });
  return {
    publisher,
    mirror,
    get parts() {
      return state.parts;
    },
    get commits() {
      return state.commits;
    },
  };
}

/** The ring as the host describes it: `fresh` since the last publication, `all` in it. */
const ringOf = (fresh: readonly string[], all: readonly string[], limit = 100): PublishedRing => ({
  fresh,
  all: () => all,
  limit,
});

/** The panel's copy says what the Analyzer says: its lists, and each exchange's verdict. */
function expectSame(copy: Analysis, a: Analysis, ids: readonly string[]): void {
  const { verdicts: copied, ...lists } = copy;
  const { verdicts, ...expected } = a;
  expect(lists).toEqual(expected);
  expect(copied.size).toBe(verdicts.size);
  for (const id of ids) {
    expect(verdicts.get(id)).toBeDefined();
    expect(copied.get(id)).toEqual(verdicts.get(id));
  }
}

const story = capture([
  { url: `${H}/`, set: ['sid=one; HttpOnly; Secure; SameSite=Lax', 'bad=1; Domain=evil.org'] },
  { url: `${H}/a`, cookie: 'sid=one; legacy=7' },
  {
    url: `${H}/login`,
    method: 'POST',
    cookie: 'sid=one',
    set: ['sid=two; HttpOnly; Secure', `token=${JWT}`],
  },
  { url: `${H}/b`, cookie: 'sid=changed-by-script; token=x' },
]);

describe('the analysis as it crosses to the panel', () => {
  it('is the Analyzer snapshot after every publication; unchanged cookies and findings cross as ids', () => {
    const a = new Analyzer({ now: T0 });
    a.addAll(story.slice(0, 2));
    const p = pipe();
    p.publisher.publish(a.snapshot(), ringOf(['e1', 'e2'], ['e1', 'e2']));
    expect(p.commits).toBe(1);
    // Events are made when first read (lazy-property.ts), then they are a plain array.
    const sid = p.mirror.analysis.cookies.find((c) => c.name === 'sid');
    expect(Object.getOwnPropertyDescriptor(sid, 'events')?.get).toBeTypeOf('function');
    expect(sid?.events.map((e) => `${e.type}:${e.exchange}`)).toEqual(['set:e1', 'sent:e2']);
    expect(Object.getOwnPropertyDescriptor(sid, 'events')?.value).toBe(sid?.events);
    expectSame(p.mirror.analysis, a.snapshot(), ['e1', 'e2']);
    // Rejections keep their reason and message through the columns.
    expect(p.mirror.analysis.cookies.find((c) => c.name === 'bad')?.events[0]).toMatchObject({
      type: 'rejected',
      reason: 'domain-mismatch',
    });

    const before = p.parts.length;
    a.addAll(story.slice(2));
    const all = ['e1', 'e2', 'e3', 'e4'];
    p.publisher.publish(a.snapshot(), ringOf(['e3', 'e4'], all));
    expectSame(p.mirror.analysis, a.snapshot(), all);
    // The rejected line's verdict says why, as the in-thread analysis does (issue #15).
    expect(p.mirror.analysis.verdicts.get('e1')?.sets[1]).toMatchObject({
      outcome: 'rejected',
      reason: 'domain-mismatch',
    });
    const second = p.parts.slice(before);
    const refs = second.flatMap((part) => part.cookies ?? []).filter((c) => typeof c === 'number');
    // `bad` did not change after the first exchange: it crossed as its id, and is still shown.
    expect(refs.length).toBeGreaterThan(0);
    expect(p.mirror.analysis.cookies.map((c) => c.name)).toContain('bad');
    // Verdicts cross once per exchange: the second publication sent only the new ones.
    const verdictIds = second.flatMap((part) => (part.verdicts ?? []).map((v) => v.exchange));
    expect(verdictIds).toEqual(['e3', 'e4']);
    expect(p.mirror.analysis.cookies.find((c) => c.name === 'sid')?.events.some((e) => e.valueMismatch)).toBe(
      true,
    );
  });

  it('a new Analyzer (a rebuilt ring) starts the verdicts over, with every exchange of the ring', () => {
    const p = pipe();
    const first = new Analyzer({ now: T0 });
    first.addAll(story);
    p.publisher.publish(first.snapshot(), ringOf(['e1', 'e2', 'e3', 'e4'], ['e1', 'e2', 'e3', 'e4']));
    const rebuilt = new Analyzer({ now: T0 });
    rebuilt.addAll(story.slice(2));
    // Nothing fresh since the last publication, but the new Analyzer's verdicts all cross.
    p.publisher.publish(rebuilt.snapshot(), ringOf([], ['e3', 'e4']));
    expectSame(p.mirror.analysis, rebuilt.snapshot(), ['e3', 'e4']);
    expect(p.mirror.analysis.verdicts.get('e1')).toBeUndefined();
  });

  it('keeps the verdicts of the latest `limit` exchanges, as the worker’s ring does', () => {
    const p = pipe();
    const a = new Analyzer({ now: T0, verdictLimit: 2 });
    a.addAll(story);
    p.publisher.publish(a.snapshot(), ringOf(['e1', 'e2', 'e3', 'e4'], ['e3', 'e4'], 2));
    expect(p.mirror.analysis.verdicts.size).toBe(2);
    expect(p.mirror.analysis.verdicts.get('e2')).toBeUndefined();
    expect(p.mirror.analysis.verdicts.get('e4')?.sent.map((s) => s.label)).toEqual(['sid', 'token']);
  });

  it('parts are bounded: a history of 200 cookies × 150 events arrives in many small parts', () => {
    const names = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const exchanges: Exchange[] = capture(
      Array.from({ length: 150 }, (_, i) => ({
        url: `${H}/${i}`,
        set: names.map((n) => `${n}=${i}; Secure`),
      })),
    );
    const a = new Analyzer({ now: T0 });
    a.addAll(exchanges);
    const p = pipe();
    const ids = exchanges.map((ex) => ex.id);
    p.publisher.publish(a.snapshot(), ringOf(ids, ids, ids.length));
    expectSame(p.mirror.analysis, a.snapshot(), ids);
    expect(p.parts.length).toBeGreaterThan(5);
    // A history is 150 events + 150 setBy ids: a part holds at most one cookie past the budget.
    for (const part of p.parts) {
      const numbers = (part.cookies ?? []).reduce(
        (n: number, c) => n + (typeof c === 'number' ? 0 : c.value.types.length + c.value.setBy.length),
        0,
      );
      expect(numbers).toBeLessThanOrEqual(2 * BATCH_LINES + 300);
      // Each exchange id crosses once per part, not once per event.
      expect(new Set(part.strings).size).toBe(part.strings?.length ?? 0);
    }
  });
});

describe('packed Set-Cookie lines', () => {
  it('read back as the same lines, whatever they hold, and become plain arrays once read', () => {
    const lines = ['a=1; Path=/', '', 'multi\nline=é€😀', 'x'.repeat(5000)];
    const batch = capture([
      { url: `${H}/1`, set: lines },
      { url: `${H}/2` },
      { url: `${H}/3`, set: ['b=2'] },
    ]);
    const received = unpackLines(structuredClone(packLines(batch)));
    expect(received.map((ex) => ex.setCookieHeaders)).toEqual([lines, [], ['b=2']]);
    expect(JSON.parse(JSON.stringify(received))).toEqual(JSON.parse(JSON.stringify(batch)));
    const first = received[0] as Exchange;
    expect(Object.getOwnPropertyDescriptor(first, 'setCookieHeaders')).toMatchObject({ writable: true });
    expect({ ...first }.setCookieHeaders).toBe(first.setCookieHeaders);
  });
});

describe('the worker keeps the log’s analysis (AnalysisHost)', () => {
  const har = (n: number) =>
    new TextEncoder().encode(
      JSON.stringify({
        log: {
          entries: Array.from({ length: n }, (_, i) => ({
            startedDateTime: new Date(T0 + i * 1000).toISOString(),
            request: { method: 'GET', url: `${H}/${i}`, headers: [] },
            response: { status: 200, headers: [{ name: 'Set-Cookie', value: `c${i}=1; Secure` }] },
          })),
        },
      }),
    ).buffer as ArrayBuffer;

  function host() {
    const messages: ImportMessage[] = [];
    const mirror = new AnalysisMirror();
    const h = new AnalysisHost((m) => {
      const data = structuredClone(m);
      messages.push(data);
      if (data.type === 'analysis' || data.type === 'commit') mirror.apply(data);
    });
    return { h, messages, mirror };
  }

  it('reads, sends the exchanges, analyses, publishes, then says done', () => {
    const { h, messages, mirror } = host();
    h.receive({ type: 'import', bytes: har(3), limit: 100 });
    const types = messages.map((m) => m.type);
    expect(types.slice(0, 3)).toEqual(['progress', 'progress', 'batch']);
    expect(types.slice(-2)).toEqual(['commit', 'done']);
    expect(types).toContain('analysis');
    expect(mirror.analysis.cookies.map((c) => c.name)).toEqual(['c0', 'c1', 'c2']);
    expect(messages.at(-1)).toMatchObject({ type: 'done', total: 3, limits: [] });
  });

  it('a live request is analysed after the import and published once per burst', async () => {
    const { h, messages, mirror } = host();
    h.receive({ type: 'import', bytes: har(2), limit: 100 });
    const commits = () => messages.filter((m) => m.type === 'commit').length;
    const before = commits();
    const [live] = capture([{ url: `${H}/live`, set: ['live=1'] }]);
    h.receive({ type: 'add', exchange: { ...(live as Exchange), id: 'r1', startedAt: T0 + 10_000 } });
    h.receive({ type: 'add', exchange: { ...(live as Exchange), id: 'r2', startedAt: T0 + 11_000 } });
    expect(commits()).toBe(before);
    await new Promise((r) => setTimeout(r, PUBLISH_DELAY_MS + 20));
    expect(commits()).toBe(before + 1);
    expect(mirror.analysis.exchanges).toBe(4);
    expect(mirror.analysis.cookies.map((c) => c.name)).toContain('live');
    // The live requests' verdicts joined the imported ones'.
    expect(mirror.analysis.verdicts.size).toBe(4);
    expect(mirror.analysis.verdicts.get('r2')?.sets.map((l) => l.outcome)).toEqual(['updated']);
  });

  it('drops what the ring drops: a quarter of the ring gone, the analysis is rebuilt from the ring', async () => {
    const { h, mirror } = host();
    h.receive({ type: 'import', bytes: har(4), limit: 4 });
    const [live] = capture([{ url: `${H}/live`, set: ['live=1'] }]);
    h.receive({ type: 'add', exchange: { ...(live as Exchange), id: 'r1', startedAt: T0 + 10_000 } });
    await new Promise((r) => setTimeout(r, PUBLISH_DELAY_MS + 20));
    // e1 (c0) fell out of the 4-request ring: the rebuilt analysis no longer knows it.
    expect(mirror.analysis.exchanges).toBe(4);
    expect(mirror.analysis.cookies.map((c) => c.name)).toEqual(['c1', 'c2', 'c3', 'live']);
    expect(mirror.analysis.verdicts.size).toBe(4);
    expect(mirror.analysis.verdicts.get('e1')).toBeUndefined();
    expect(mirror.analysis.verdicts.get('r1')?.sets[0]).toMatchObject({ outcome: 'stored', label: 'live' });
  });

  it('a file that is not a HAR ends with an error, nothing else', () => {
    const { h, messages } = host();
    h.receive({
      type: 'import',
      bytes: new TextEncoder().encode('{"nope"').buffer as ArrayBuffer,
      limit: 10,
    });
    expect(messages.at(-1)).toEqual({ type: 'error', message: 'not a HAR file: the file is not valid JSON' });
    expect(messages.some((m) => m.type === 'done' || m.type === 'batch')).toBe(false);
  });
});
