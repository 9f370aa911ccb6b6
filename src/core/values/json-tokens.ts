/**
 * Find tokens nested in a JSON value, e.g. `{"access_token":"eyJ…"}` in an OAuth cookie, with
 * their paths. Bounded in depth and nodes (hostile JSON can be deep and wide).
 */
import { joseShape } from './jose-shape';
import { MAX_JSON_DEPTH, MAX_JSON_NODES } from './limits';
import { parseSignedValue } from './signed-value';
import type { JsonToken } from './value-types';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENT.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

export function tokenKind(s: string): JsonToken['kind'] | null {
  const candidate = s.startsWith('Bearer ') ? s.slice(7).trim() : s;
  const shape = joseShape(candidate);
  if (shape === 3) return 'jwt';
  if (shape === 5) return 'jwe';
  if (s.startsWith('s:') && parseSignedValue(s)) return 'signed';
  return null;
}

/** Tokens in document order (depth-first), with the string at each path. */
export function findJsonTokens(root: unknown): (JsonToken & { value: string })[] {
  const found: (JsonToken & { value: string })[] = [];
  let nodes = 0;
  const walk = (v: unknown, path: string, depth: number): void => {
    if (++nodes > MAX_JSON_NODES || depth > MAX_JSON_DEPTH) return;
    if (typeof v === 'string') {
      const kind = tokenKind(v);
      if (kind) found.push({ path, kind, value: v });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length && nodes <= MAX_JSON_NODES; i++) walk(v[i], childPath(path, i), depth + 1);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (nodes > MAX_JSON_NODES) break;
        walk(child, childPath(path, k), depth + 1);
      }
    }
  };
  walk(root, '$', 0);
  return found;
}
