/**
 * Reading an import: bytes → JSON (by BOM) → exchanges → the latest `limit` of them, with the file's
 * notes and every limit that dropped data. A plain function of its input and a `post` callback for
 * progress and errors, so the worker (analysis-host.ts), the in-thread fallback and the tests run the
 * same code. Never throws.
 */
import { parseHarJson } from '../../../core/har/har-text';
import { harToExchanges } from '../../../core/har/har-to-exchanges';
import type { DataLimit, Exchange } from '../../../core/model';
import type { ImportMessage } from './import-messages';

export interface ReadImport {
  /** The exchanges the log keeps: the latest `limit` of the file, as live traffic. */
  kept: Exchange[];
  /** Exchanges in the file. */
  total: number;
  notes: string[];
  limits: DataLimit[];
}

/** The ring's bound applied to a file: the latest `limit` exchanges, and the sentence saying so. */
export function keepLatest(all: Exchange[], limit: number): { kept: Exchange[]; limit: DataLimit | null } {
  if (all.length <= limit) return { kept: all, limit: null };
  const dropped = all.length - limit;
  return {
    kept: all.slice(dropped),
    limit: {
      kind: 'capture-ring',
      limit,
      dropped,
      message: `the log keeps the latest ${limit.toLocaleString('en-US')} requests: the first ${dropped.toLocaleString('en-US')} of the file are not shown`,
    },
  };
}

/** Reads the file, posting progress; null after posting an error. */
export function readImport(
  bytes: ArrayBuffer | Uint8Array | string,
  limit: number,
  post: (m: ImportMessage) => void,
): ReadImport | null {
  try {
    post({ type: 'progress', phase: 'parsing' });
    const json = parseHarJson(bytes);
    if (!json.ok) {
      post({
        type: 'error',
        message: json.code === 'invalid-json' ? 'not a HAR file: the file is not valid JSON' : json.message,
      });
      return null;
    }
    post({ type: 'progress', phase: 'reading-entries' });
    const result = harToExchanges(json.json);
    if (!result.ok) {
      post({ type: 'error', message: result.message });
      return null;
    }
    const { kept, limit: ring } = keepLatest(result.exchanges, limit);
    const limits = ring ? [...result.limits, ring] : result.limits;
    return { kept, total: result.exchanges.length, notes: result.notes, limits };
  } catch (e) {
    // Defensive (house style §2): a bug here must end the import with a message, not hang it.
    post({
      type: 'error',
      message: `the file could not be read (${e instanceof Error ? e.message : String(e)})`,
    });
    return null;
  }
}
