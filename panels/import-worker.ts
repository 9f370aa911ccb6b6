/**
 * The panel's import worker (issue #19 break 4): parses, adapts and analyses a HAR file off the panel's
 * thread, then keeps the analysis for the log's live requests (src/ui/panel/import/analysis-host.ts).
 * The panel posts `{ type: 'import', bytes }` (transferred, not copied), then `add` and `secrets`.
 */

import { AnalysisHost } from '../src/ui/panel/import/analysis-host';
import type { ImportRequest } from '../src/ui/panel/import/import-messages';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(m: unknown): void;
};

const host = new AnalysisHost((m) => scope.postMessage(m));
scope.onmessage = (e) => host.receive(e.data);
