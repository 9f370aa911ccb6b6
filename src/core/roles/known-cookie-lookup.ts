/**
 * Looks a cookie name up in the Open Cookie Database table (known-cookies.ts): exact names first, then
 * the wildcard prefixes (`_gac_` matches `_gac_UA-1234`). Built once, on first use.
 */
import { KNOWN_TRACKING_COOKIES } from './known-cookies';

export interface KnownCookie {
  category: 'Analytics' | 'Marketing';
  platform: string;
}

let exact: Map<string, KnownCookie> | null = null;
let prefixes: [string, KnownCookie][] = [];

function load(): Map<string, KnownCookie> {
  if (exact) return exact;
  exact = new Map();
  const wild: [string, KnownCookie][] = [];
  // `<A|M><platform>\tname\tname…` per line (known-cookies.ts): one entry object per platform line.
  for (const line of KNOWN_TRACKING_COOKIES.split('\n')) {
    const [head = '', ...names] = line.split('\t');
    const entry: KnownCookie = {
      category: head[0] === 'A' ? 'Analytics' : 'Marketing',
      platform: head.slice(1) || 'unknown platform',
    };
    for (const name of names) {
      if (name.endsWith('*')) wild.push([name.slice(0, -1), entry]);
      else if (name !== '') exact.set(name, entry);
    }
  }
  // Longest prefix first: `_ga_` before `_ga`.
  prefixes = wild.filter(([p]) => p.length >= 3).sort((a, b) => b[0].length - a[0].length);
  return exact;
}

/** The Open Cookie Database's Analytics/Marketing entry for this name, or null. Case-sensitive. */
export function knownTrackingCookie(name: string): KnownCookie | null {
  const hit = load().get(name);
  if (hit) return hit;
  for (const [prefix, entry] of prefixes) if (name.startsWith(prefix)) return entry;
  return null;
}
