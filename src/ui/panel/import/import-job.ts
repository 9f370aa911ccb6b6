/**
 * The worker's side of an import: bytes → JSON (by BOM) → exchanges → batches, with the file's notes
 * and every limit that dropped data. A plain function of its input and a `post` callback, so the worker
 * entry (panels/import-worker.ts), the in-thread fallback and the tests run the same code. Never throws.
 */
import { parseHarJson } from '../../../core/har/har-text';
import { harToExchanges } from '../../../core/har/har-to-exchanges';
import { batches, type ImportMessage } from './import-messages';

export function runImportJob(
  bytes: ArrayBuffer | Uint8Array | string,
  post: (m: ImportMessage) => void,
): void {
  try {
    post({ type: 'progress', phase: 'parsing' });
    const json = parseHarJson(bytes);
    if (!json.ok) {
      post({
        type: 'error',
        message: json.code === 'invalid-json' ? 'not a HAR file: the file is not valid JSON' : json.message,
      });
      return;
    }
    post({ type: 'progress', phase: 'reading-entries' });
    const result = harToExchanges(json.json);
    if (!result.ok) {
      post({ type: 'error', message: result.message });
      return;
    }
    for (const batch of batches(result.exchanges)) post({ type: 'batch', exchanges: batch });
    post({ type: 'done', total: result.exchanges.length, notes: result.notes, limits: result.limits });
  } catch (e) {
    // Defensive (house style §2): a bug here must end the import with a message, not hang it.
    post({
      type: 'error',
      message: `the file could not be read (${e instanceof Error ? e.message : String(e)})`,
    });
  }
}
