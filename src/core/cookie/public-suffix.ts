/**
 * Public-suffix lookup for the jar (RFC 6265bis §5.7: reject Domain attributes that are public
 * suffixes). Uses the Public Suffix List via `tldts`, private section included (as Chrome and Firefox
 * do: `Domain=github.io` is refused).
 */
import { getPublicSuffix } from 'tldts';
import type { PublicSuffixLookup } from './types';

const CACHE_LIMIT = 4096;

export function createPublicSuffixLookup(): PublicSuffixLookup {
  const cache = new Map<string, string | null>();
  return {
    publicSuffix(host: string): string | null {
      const hit = cache.get(host);
      if (hit !== undefined) return hit;
      let suffix: string | null = null;
      try {
        suffix = getPublicSuffix(host, { allowPrivateDomains: true });
      } catch {
        suffix = null;
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(host, suffix);
      return suffix;
    },
  };
}
