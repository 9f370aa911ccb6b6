/**
 * What the import worker and the panel say to each other (issue #19 break 4: a 64 MB HAR froze the panel
 * for 13 s in one task). The worker parses and adapts the file; exchanges cross in batches small enough
 * that deserialising one stays a short task on the panel's thread. Pure: no DOM, no Worker here.
 */
import type { DataLimit, Exchange } from '../../../core/model';

export interface ImportRequest {
  bytes: ArrayBuffer;
}

export type ImportMessage =
  | { type: 'progress'; phase: 'parsing' | 'reading-entries' }
  | { type: 'batch'; exchanges: Exchange[] }
  | { type: 'done'; total: number; notes: string[]; limits: DataLimit[] }
  | { type: 'error'; message: string };

/**
 * A batch ends at this many exchanges or cookie lines, whichever comes first: 1,000 Set-Cookie lines of
 * ~40 bytes deserialise in well under a millisecond, so 20,000 lines keep each message near 10 ms.
 */
export const BATCH_EXCHANGES = 500;
export const BATCH_LINES = 20_000;

/** Splits exchanges into batches bounded by count and by cookie lines (a response may set thousands). */
export function* batches(exchanges: readonly Exchange[]): Generator<Exchange[]> {
  let batch: Exchange[] = [];
  let lines = 0;
  for (const ex of exchanges) {
    const n = ex.setCookieHeaders.length + 1;
    if (batch.length > 0 && (batch.length >= BATCH_EXCHANGES || lines + n > BATCH_LINES)) {
      yield batch;
      batch = [];
      lines = 0;
    }
    batch.push(ex);
    lines += n;
  }
  if (batch.length > 0) yield batch;
}
