// @vitest-environment happy-dom
/**
 * Issue #19 breaks 2 and 4: the panel's import is parsed and analysed in a worker (or, without one, read
 * after a tick and analysed in slices) with progress, can be cancelled leaving the log as it was, and
 * says every limit; the worker then keeps the imported log's analysis for live requests.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/core/model.ts';
import { BATCH_LINES, batches } from '../../../src/ui/panel/import/import-messages.ts';
import { PanelApp } from '../../../src/ui/panel/panel-app.tsx';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';
import { weaklySigned } from '../../fixtures/weakly-signed.ts';
import { FakeWorker } from './fake-import-worker.ts';
import { harEntry } from './panel-fixtures.ts';

afterEach(cleanup);

const bytesOf = (o: unknown) => new TextEncoder().encode(JSON.stringify(o)).buffer as ArrayBuffer;

function har(n: number, lines = 1): ArrayBuffer {
  const entries = Array.from({ length: n }, (_, i) =>
    harEntry(
      {
        url: `https://a.example/${i}`,
        setCookie: Array.from({ length: lines }, (_, j) => `c${j}=${i}; Path=/`),
      },
      i,
    ),
  );
  return bytesOf({ log: { entries } });
}

function store(opts: { limit?: number; worker?: FakeWorker } = {}) {
  return new PanelStore({
    schedule: queueMicrotask,
    weakSecretDelayMs: 0,
    ...(opts.limit ? { limit: opts.limit } : {}),
    ...(opts.worker ? { importWorker: () => opts.worker ?? null } : {}),
  });
}

const settled = (s: PanelStore) =>
  waitFor(() => expect(s.getState().importing).toBeNull(), { timeout: 5000 });

describe('panel import off the main thread', () => {
  it('hands the bytes to the worker (transferred), reports progress, then shows the file', async () => {
    const worker = new FakeWorker();
    const s = store({ worker });
    const bytes = har(30);
    const phases = new Set<string>();
    s.subscribe(() => {
      const importing = s.getState().importing;
      if (importing) phases.add(importing.phase);
    });
    s.startImport(bytes, 'thirty.har');
    expect(worker.transferred).toEqual([bytes]);
    expect(s.getState().importing).toMatchObject({ name: 'thirty.har', phase: 'parsing' });
    await settled(s);
    // The worker stays: it keeps the imported log's analysis for the live requests that follow.
    expect(worker.terminated).toBe(false);
    expect(s.getState().requestCount).toBe(30);
    expect(s.getState().imported).toBe('thirty.har');
    expect(s.getState().analysis.cookies.length).toBe(1);
    expect(s.getState().analysis.exchanges).toBe(30);
    // Read and analysed in the worker: the panel received the requests, then the analysis (and, when
    // analysing took over 100 ms on a busy machine, the worker's count in between).
    expect([...phases].filter((p) => p !== 'analysing')).toEqual(['parsing', 'receiving', 'loading']);
  });

  it('without a Worker the same job runs after a tick; the analysis is sliced with progress', async () => {
    const s = store();
    const phases = new Set<string>();
    s.subscribe(() => {
      const importing = s.getState().importing;
      if (importing) phases.add(importing.phase);
    });
    s.startImport(har(50, 20), 'fifty.har');
    expect(s.getState().requestCount).toBe(0);
    await settled(s);
    expect(phases).toContain('analysing');
    expect(s.getState().requestCount).toBe(50);
    expect(s.getState().analysis.cookies.length).toBe(20);
  });

  it('cancel leaves the log as it was and says so', async () => {
    const s = store({ worker: new FakeWorker() });
    s.startImport(har(3), 'first.har');
    await settled(s);
    const worker = new FakeWorker();
    const again = store({ worker });
    again.startImport(har(3), 'first.har');
    await settled(again);
    again.startImport(har(40), 'second.har');
    again.cancelImport();
    expect(worker.terminated).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(again.getState().requestCount).toBe(3);
    expect(again.getState().imported).toBe('first.har');
    expect(again.getState().importNotes).toEqual(['Import of second.har cancelled: the log is as it was.']);
  });

  it('batches are bounded by cookie lines, so no message is one huge task', () => {
    const ex = (i: number): Exchange => ({
      id: `e${i}`,
      startedAt: 0,
      url: 'https://a.example/',
      method: 'GET',
      status: 200,
      pageUrl: null,
      requestCookieHeader: null,
      setCookieHeaders: Array.from({ length: 1000 }, (_, j) => `c${j}=1`),
    });
    const all = Array.from({ length: 100 }, (_, i) => ex(i));
    const out = [...batches(all)];
    expect(out.flat()).toHaveLength(100);
    for (const b of out)
      expect(b.reduce((n, e) => n + e.setCookieHeaders.length + 1, 0)).toBeLessThanOrEqual(BATCH_LINES);
  });
});

describe('the panel says every limit (break 2)', () => {
  it('a ring smaller than the file: the import says how many requests are not shown', async () => {
    const s = store({ limit: 10 });
    s.startImport(har(15), 'fifteen.har');
    await settled(s);
    expect(s.getState().requestCount).toBe(10);
    expect(s.getState().importNotes).toEqual([
      'the log keeps the latest 10 requests: the first 5 of the file are not shown',
    ]);
  });

  it('the import notice shows progress with a Cancel button, then the notes', async () => {
    const s = store();
    render(<PanelApp store={s} />);
    s.startImport(har(20, 50), 'big.har');
    const progress = await screen.findByTestId('import-progress');
    expect(progress.textContent).toMatch(/Importing big\.har/);
    fireEvent.click(screen.getByTestId('import-cancel'));
    await waitFor(() => expect(screen.getByTestId('import-notes').textContent).toContain('cancelled'));
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('HAR limits reach the notice: over 500,000 entries', async () => {
    const s = store();
    const text = `{"log":{"entries":[${'{},'.repeat(500_000)}${JSON.stringify(harEntry({ url: 'https://a.example/', setCookie: ['sid=1'] }))}]}}`;
    s.startImport(new TextEncoder().encode(text).buffer as ArrayBuffer, 'padded.har');
    await settled(s);
    expect(s.getState().importNotes).toContain('only the first 500,000 entries were read; 1 more were not');
  });
});

describe('a host that refuses the worker', () => {
  it('imports in-thread instead of failing', async () => {
    const s = new PanelStore({
      schedule: queueMicrotask,
      weakSecretDelayMs: 0,
      importWorker: () => {
        throw new Error('CSP: worker-src');
      },
    });
    s.startImport(har(4), 'four.har');
    await settled(s);
    expect(s.getState().requestCount).toBe(4);
  });
});

describe('after an import, the worker keeps the log’s analysis', () => {
  const live = (url: string, setCookie: string[]) => harEntry({ url, setCookie, type: 'xhr' }, 100);

  it('live requests go to the worker; the panel shows them once it answers', async () => {
    const worker = new FakeWorker();
    const s = store({ worker });
    s.startImport(har(3), 'three.har');
    await settled(s);
    s.addEntry(live('https://a.example/live', ['fresh=1; Path=/']));
    expect(s.getState().requestCount).toBe(4);
    expect(worker.requests).toContain('add');
    await waitFor(() => expect(s.getState().analysis.cookies.map((c) => c.name)).toContain('fresh'));
    expect(s.getState().analysis.exchanges).toBe(4);
  });

  it('clear lets the worker go: what follows is analysed in-thread at once', async () => {
    const worker = new FakeWorker();
    const s = store({ worker });
    s.startImport(har(3), 'three.har');
    await settled(s);
    s.clear();
    expect(worker.terminated).toBe(true);
    s.addEntry(live('https://a.example/live', ['fresh=1; Path=/']));
    expect(s.getState().analysis.cookies.map((c) => c.name)).toEqual(['fresh']);
  });

  it('a worker that dies after the import: the ring is replayed in-thread, live requests still count', async () => {
    const worker = new FakeWorker();
    const s = store({ worker });
    s.startImport(har(3), 'three.har');
    await settled(s);
    worker.onerror?.(new Error('killed'));
    expect(worker.terminated).toBe(true);
    s.addEntry(live('https://a.example/live', ['fresh=1; Path=/']));
    await waitFor(() => expect(s.getState().analysis.exchanges).toBe(4));
    expect(
      s
        .getState()
        .analysis.cookies.map((c) => c.name)
        .sort(),
    ).toEqual(['c0', 'fresh']);
  });

  it('weak secrets are found by the worker (auth-weak-secret on an imported session)', async () => {
    const sid = await weaklySigned('abc123');
    const worker = new FakeWorker();
    const s = store({ worker });
    s.startImport(
      bytesOf({
        log: {
          entries: [
            harEntry({ url: 'https://a.example/login', setCookie: [`connect.sid=${sid}; Path=/; HttpOnly`] }),
          ],
        },
      }),
      'login.har',
    );
    await settled(s);
    await waitFor(() =>
      expect(s.getState().analysis.findings.map((f) => f.rule)).toContain('auth-weak-secret'),
    );
    expect(worker.requests).toContain('secrets');
  });
});

describe('through the worker, what the import must say and keep', () => {
  it('the ring’s bound: the worker sends the latest requests only and says how many are not shown', async () => {
    const worker = new FakeWorker();
    const s = store({ limit: 10, worker });
    s.startImport(har(15), 'fifteen.har');
    await settled(s);
    expect(s.getState().requestCount).toBe(10);
    expect(s.getState().analysis.exchanges).toBe(10);
    expect(s.exchanges()[0]?.url).toBe('https://a.example/5');
    expect(s.getState().importNotes).toEqual([
      'the log keeps the latest 10 requests: the first 5 of the file are not shown',
    ]);
  });

  it('a file the worker cannot read leaves the log (and its worker) as they were, and says why', async () => {
    const workers: FakeWorker[] = [];
    const s = new PanelStore({
      schedule: queueMicrotask,
      weakSecretDelayMs: 0,
      importWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
    });
    s.startImport(har(3), 'first.har');
    await settled(s);
    s.startImport(new TextEncoder().encode('{"log": nope').buffer as ArrayBuffer, 'broken.har');
    await waitFor(() => expect(s.getState().importError).not.toBeNull());
    expect(s.getState().importError).toBe('broken.har: not a HAR file: the file is not valid JSON');
    expect(s.getState().requestCount).toBe(3);
    expect(s.getState().imported).toBe('first.har');
    expect(s.getState().analysis.exchanges).toBe(3);
    // The failed import's worker is gone; the first one still analyses the log.
    expect(workers.map((w) => w.terminated)).toEqual([false, true]);
  });
});
