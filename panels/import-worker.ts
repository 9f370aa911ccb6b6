/**
 * The panel's import worker (issue #19 break 4): parses and adapts a HAR file off the panel's thread.
 * The panel posts `{ bytes }` (transferred, not copied) and gets progress, batches and `done` back.
 */

import { runImportJob } from '../src/ui/panel/import/import-job';
import type { ImportRequest } from '../src/ui/panel/import/import-messages';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(m: unknown): void;
};

scope.onmessage = (e) => runImportJob(e.data.bytes, (m) => scope.postMessage(m));
