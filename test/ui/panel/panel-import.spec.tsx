// @vitest-environment happy-dom
/**
 * Issue #19 breaks 2 and 4: the panel's import runs in a worker (or, without one, after a tick), is
 * analysed in slices with progress, can be cancelled leaving the log as it was, and says every limit.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/core/model.ts';
import { runImportJob } from '../../../src/ui/panel/import/import-job.ts';
import { BATCH_LINES, batches } from '../../../src/ui/panel/import/import-messages.ts';
import type { ImportWorker } from '../../../src/ui/panel/import/import-runner.ts';
import { PanelApp } from '../../../src/ui/panel/panel-app.tsx';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';
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

/** A worker that runs the real job on the next tick and records what it was handed. */
class FakeWorker implements ImportWorker {
  onmessage: ImportWorker['onmessage'] = null;
  onerror: ImportWorker['onerror'] = null;
  transferred: Transferable[] = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.transferred = transfer;
    const { bytes } = message as { bytes: ArrayBuffer };
    setTimeout(() => runImportJob(bytes, (m) => !this.terminated && this.onmessage?.({ data: m })), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
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
    s.startImport(bytes, 'thirty.har');
    expect(worker.transferred).toEqual([bytes]);
    expect(s.getState().importing).toMatchObject({ name: 'thirty.har', phase: 'parsing' });
    await settled(s);
    expect(worker.terminated).toBe(true);
    expect(s.getState().requestCount).toBe(30);
    expect(s.getState().imported).toBe('thirty.har');
    expect(s.getState().analysis.cookies.length).toBe(1);
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
