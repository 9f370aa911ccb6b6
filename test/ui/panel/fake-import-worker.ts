/** A stand-in for the panel's import worker in happy-dom tests (no Worker there). */
import { AnalysisHost } from '../../../src/ui/panel/import/analysis-host.ts';
import type { ImportMessage, ImportRequest } from '../../../src/ui/panel/import/import-messages.ts';
import type { ImportWorker } from '../../../src/ui/panel/import/import-runner.ts';

/**
 * The real worker code (AnalysisHost) on the next tick, each way through a structured clone as in a
 * browser, recording what it was handed.
 */
export class FakeWorker implements ImportWorker {
  onmessage: ImportWorker['onmessage'] = null;
  onerror: ImportWorker['onerror'] = null;
  transferred: Transferable[] = [];
  requests: ImportRequest['type'][] = [];
  terminated = false;
  readonly #host = new AnalysisHost((m: ImportMessage) => {
    const data = structuredClone(m);
    setTimeout(() => !this.terminated && this.onmessage?.({ data }), 0);
  });
  postMessage(message: ImportRequest, transfer: Transferable[] = []): void {
    this.requests.push(message.type);
    if (message.type === 'import') this.transferred = transfer;
    const data = message.type === 'import' ? message : structuredClone(message);
    setTimeout(() => !this.terminated && this.#host.receive(data), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
