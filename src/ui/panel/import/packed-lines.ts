/**
 * A batch of imported exchanges as it crosses from the worker (issue #19 break 4): the Set-Cookie lines
 * of the whole batch as one string and their lengths, and on the panel's side each exchange's
 * `setCookieHeaders` made from it when first read. Profiled on the 64 MB import (1,000 × 1,000 lines):
 * cloned one by one, the panel's thread allocated a million strings that all survived, and the
 * scavenges that copied them were its longest tasks; one string per batch is one copy, and the lines
 * exist on the panel's side only for the requests a view shows (or an export writes). Pure.
 */
import type { Exchange } from '../../../core/model';
import { lazyProperty } from './lazy-property';

export interface PackedBatch {
  /** The exchanges, each with `setCookieHeaders` empty. */
  exchanges: Exchange[];
  /** Every Set-Cookie line of the batch, in order, joined. */
  lines: string;
  /** Length of each line in `lines`. */
  lengths: number[];
  /** How many lines each exchange has. */
  counts: number[];
}

export function packLines(batch: readonly Exchange[]): PackedBatch {
  const all: string[] = [];
  const lengths: number[] = [];
  const counts: number[] = [];
  const exchanges = batch.map((ex) => {
    for (const line of ex.setCookieHeaders) {
      all.push(line);
      lengths.push(line.length);
    }
    counts.push(ex.setCookieHeaders.length);
    return { ...ex, setCookieHeaders: [] };
  });
  return { exchanges, lines: all.join(''), lengths, counts };
}

/** The batch's exchanges; reading `setCookieHeaders` cuts the lines out once (lazy-property.ts). */
export function unpackLines(b: PackedBatch): Exchange[] {
  let line = 0;
  let offset = 0;
  b.exchanges.forEach((ex, i) => {
    const count = b.counts[i] ?? 0;
    if (count === 0) return;
    const firstLine = line;
    const start = offset;
    for (let k = 0; k < count; k++) offset += b.lengths[line++] ?? 0;
    const cut = (): string[] => {
      const out = new Array<string>(count);
      for (let k = 0, at = start; k < count; k++) {
        const n = b.lengths[firstLine + k] ?? 0;
        out[k] = b.lines.slice(at, at + n);
        at += n;
      }
      return out;
    };
    lazyProperty(ex, 'setCookieHeaders', cut);
  });
  return b.exchanges;
}
