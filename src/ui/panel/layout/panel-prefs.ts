/**
 * Layout choices the panel remembers (split size, hidden columns), in the panel document's
 * localStorage: web storage, not an extension API, so the UI ring may use it (house style §1). A
 * storage that throws (disabled, quota) only means the choice is not remembered.
 */
export function readPref<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const raw = globalThis.localStorage?.getItem(`cookie-lens:${key}`);
    if (raw == null) return fallback;
    const v: unknown = JSON.parse(raw);
    return valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

export function writePref(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(`cookie-lens:${key}`, JSON.stringify(value));
  } catch {
    // Not remembered; the panel works the same.
  }
}

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
