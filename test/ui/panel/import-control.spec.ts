/**
 * Issue #16 with #19 break 4: an import starts its worker at once, while the code that reads the
 * worker's answers (ImportRunner) loads with the panel's lazy chunk. Whatever the worker says before
 * then is held and read in order; a cancel before then stops the worker and nothing more is said.
 */
import { describe, expect, it } from 'vitest';
import { ImportControl, type ImportControlHost } from '../../../src/ui/panel/import/import-control.ts';
import type { ImportMessage, ImportRequest } from '../../../src/ui/panel/import/import-messages.ts';
import {
  type ImportOutcome,
  ImportRunner,
  type ImportWorker,
} from '../../../src/ui/panel/import/import-runner.ts';
import { StartedWorker, startImportWorker } from '../../../src/ui/panel/import/started-worker.ts';
import { FakeWorker } from './fake-import-worker.ts';
import { harEntry } from './panel-fixtures.ts';

const bytesOf = (o: unknown) => new TextEncoder().encode(JSON.stringify(o)).buffer as ArrayBuffer;
const har = (n: number) =>
  bytesOf({
    log: {
      entries: Array.from({ length: n }, (_, i) =>
        harEntry({ url: `https://a.example/${i}`, setCookie: [`c=${i}`] }, i),
      ),
    },
  });

/** A worker that says what it is told to, when the test says so. */
class ScriptedWorker implements ImportWorker {
  onmessage: ImportWorker['onmessage'] = null;
  onerror: ImportWorker['onerror'] = null;
  posted: ImportRequest[] = [];
  terminated = false;
  postMessage(message: ImportRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: ImportMessage): void {
    this.onmessage?.({ data });
  }
}

describe('StartedWorker', () => {
  it('posts the import at once and hands over what the worker said meanwhile, in order', () => {
    const worker = new ScriptedWorker();
    const started = new StartedWorker(worker, har(1), 7);
    expect(worker.posted.map((m) => m.type)).toEqual(['import']);
    worker.say({ type: 'progress', phase: 'parsing' });
    worker.onerror?.(new Error('stopped'));
    worker.say({ type: 'error', message: 'late' });
    const heard: string[] = [];
    started.handTo(
      (m) => heard.push(m.type),
      () => heard.push('onerror'),
    );
    expect(heard).toEqual(['progress', 'onerror', 'error']);
    // From now on, straight through.
    worker.say({ type: 'progress', phase: 'parsing' });
    expect(heard).toEqual(['progress', 'onerror', 'error', 'progress']);
  });

  it('no worker (none made, or the host refuses one): null, the import reads in-thread', () => {
    expect(startImportWorker(undefined, har(1), 7)).toBeNull();
    expect(startImportWorker(() => null, har(1), 7)).toBeNull();
    const refused = () => {
      throw new Error('CSP: worker-src');
    };
    expect(startImportWorker(refused, har(1), 7)).toBeNull();
  });
});

describe('ImportRunner on a worker that answered before it loaded', () => {
  it('reads the held answers and finishes the import', async () => {
    const worker = new FakeWorker();
    const started = new StartedWorker(worker, har(5), 100);
    // The worker reads the whole file and answers before anyone listens.
    await new Promise((r) => setTimeout(r, 200));
    const outcome = await new Promise<ImportOutcome>((resolve, reject) => {
      const runner = new ImportRunner(
        'five.har',
        { limit: 100, hooks: { changed: () => {}, lost: () => {} } },
        { progress: () => {}, done: resolve, failed: reject },
      );
      runner.start(new ArrayBuffer(0), started);
    });
    expect(outcome.exchanges.map((e) => e.url)).toEqual([0, 1, 2, 3, 4].map((i) => `https://a.example/${i}`));
    expect(outcome.analyzer.snapshot().cookies.map((c) => c.name)).toEqual(['c']);
  });
});

describe('ImportControl', () => {
  function host(worker: ImportWorker | null): ImportControlHost & { ended: string[] } {
    const ended: string[] = [];
    return {
      limit: 100,
      worker: () => worker,
      current: () => {
        throw new Error('not asked in these tests');
      },
      changed: () => {},
      rebuild: () => {},
      done: (name) => ended.push(`done ${name}`),
      failed: (name) => ended.push(`failed ${name}`),
      ended,
    };
  }

  it('says the import is parsing at once, before its runner has loaded', () => {
    const worker = new ScriptedWorker();
    const control = new ImportControl(host(worker));
    control.start(har(2), 'two.har');
    expect(worker.posted.map((m) => m.type)).toEqual(['import']);
    expect(control.progress).toEqual({ name: 'two.har', phase: 'parsing', done: 0, total: null });
  });

  it('a cancel before the runner loads stops the worker; the runner never starts', async () => {
    const worker = new ScriptedWorker();
    const h = host(worker);
    const control = new ImportControl(h);
    control.start(har(2), 'two.har');
    expect(control.cancel()).toBe('two.har');
    expect(worker.terminated).toBe(true);
    expect(control.progress).toBeNull();
    await import('../../../src/ui/panel/later-parts.ts');
    await new Promise((r) => setTimeout(r, 0));
    // A runner that started anyway would have said it is parsing, and taken the import as done.
    expect(control.progress).toBeNull();
    worker.say({ type: 'done', total: 0, notes: [], limits: [] });
    expect(h.ended).toEqual([]);
    expect(control.cancel()).toBeNull();
  });
});
