/**
 * The header shapes of issue #16 (header-shapes.ts) with Node's flat copies, and the Set-Cookie /
 * Cookie lines of the real captures in test/fixtures/real-hars, which weight the "real mix" the way
 * real traffic is weighted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { flat } from '../../scripts/bench/measure.ts';
import * as shapes from './header-shapes.ts';

export {
  COOKIE_HEADER_SHAPES,
  interleave,
  SET_COOKIE_COUNT,
  SET_COOKIE_SHAPES,
  type Shape,
} from './header-shapes.ts';

export function generate(make: shapes.Shape[1], count: number, seed: number): string[] {
  return shapes.generate(make, count, seed, flat);
}

export function repeatTo(lines: string[], count: number): string[] {
  return shapes.repeatTo(lines, count, flat);
}

/** header-shapes.ts' Set-Cookie workloads, the real mix from the captures. */
export function setCookieWorkloads(): [name: string, headers: string[]][] {
  return shapes.setCookieWorkloads(realHarHeaders().setCookie, flat);
}

interface HarHeader {
  name: string;
  value: string;
}

/** Every Set-Cookie line and Cookie header value in the real captures (HAR exports join lines with "\n"). */
export function realHarHeaders(): { setCookie: string[]; cookie: string[] } {
  const dir = new URL('../fixtures/real-hars/', import.meta.url);
  const setCookie: string[] = [];
  const cookie: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.har'))) {
    let entries: { request?: { headers?: HarHeader[] }; response?: { headers?: HarHeader[] } }[];
    try {
      entries = JSON.parse(readFileSync(new URL(file, dir), 'utf8').replace(/^\uFEFF/, '')).log.entries;
    } catch {
      continue; // the deliberately invalid HAR
    }
    if (!Array.isArray(entries)) continue;
    for (const e of entries) {
      for (const h of e.response?.headers ?? [])
        if (h.name.toLowerCase() === 'set-cookie') setCookie.push(...h.value.split('\n').map(flat));
      for (const h of e.request?.headers ?? [])
        if (h.name.toLowerCase() === 'cookie') cookie.push(flat(h.value));
    }
  }
  return { setCookie, cookie };
}
