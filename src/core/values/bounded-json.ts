/**
 * JSON decoded from hostile input (JWT headers and claims, `j:` cookies, JSON values) with its depth
 * bounded. V8's `JSON.parse` is iterative and survives any depth, but everything after it recurses —
 * `JSON.stringify` (CLI `--format json`, the panel's Export JSON), structured clone, the renderers — and
 * overflows the stack near 4,000–10,000 levels (issue #19 break 3). So a decoded value is stored with at
 * most MAX_DECODED_JSON_DEPTH levels: deeper containers are replaced by a marker string that says so,
 * and the raw text is kept by the caller (`payloadRaw`, the layer's text). Never throws.
 */

/** Real claims sets nest 2–4 levels (RFC 7519 App. A, OIDC `address`); 32 leaves plenty of room. */
export const MAX_DECODED_JSON_DEPTH = 32;

/** What a container deeper than the bound becomes: a string a person reads, in every output. */
export const TOO_DEEP_MARKER = `[nested deeper than ${MAX_DECODED_JSON_DEPTH} levels: see the raw text]`;

export type BoundedJson = { ok: true; value: unknown; tooDeep: boolean } | { ok: false };

/** Deepest bracket nesting of JSON text, strings skipped; stops counting past `limit`. Linear, no stack. */
function textDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** `key` as an own data property, even `__proto__` (JSON.parse makes it one; `o[k] = v` would not). */
function put(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An iterative copy of `value` with containers below `maxDepth` replaced by TOO_DEEP_MARKER. */
export function clampDepth(value: unknown, maxDepth = MAX_DECODED_JSON_DEPTH): unknown {
  if (!isContainer(value)) return value;
  const root: Container = Array.isArray(value) ? [] : {};
  const stack: { src: Container; dst: Container; depth: number }[] = [{ src: value, dst: root, depth: 1 }];
  while (stack.length > 0) {
    const { src, dst, depth } = stack.pop() as { src: Container; dst: Container; depth: number };
    const keys = Array.isArray(src) ? src.map((_, i) => i) : Object.keys(src);
    for (const k of keys) {
      const child = (src as Record<string | number, unknown>)[k];
      if (!isContainer(child)) put(dst, k, child);
      else if (depth >= maxDepth) put(dst, k, TOO_DEEP_MARKER);
      else {
        const copy: Container = Array.isArray(child) ? [] : {};
        put(dst, k, copy);
        stack.push({ src: child, dst: copy, depth: depth + 1 });
      }
    }
  }
  return root;
}

/** `JSON.parse` with the depth bounded: `tooDeep` says the value was cut (the caller keeps the text). */
export function parseBoundedJson(text: string, maxDepth = MAX_DECODED_JSON_DEPTH): BoundedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (textDepth(text, maxDepth) <= maxDepth) return { ok: true, value, tooDeep: false };
  return { ok: true, value: clampDepth(value, maxDepth), tooDeep: true };
}
