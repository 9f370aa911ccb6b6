/**
 * A data property made when first read (issue #19 break 4): what the import worker sends compactly
 * (packed Set-Cookie lines, cookie histories as columns) becomes objects on the panel's thread only
 * for what a view reads. After the first read, or a write, it is a plain data property again, so
 * spreads, clones, JSON and identity see an ordinary object.
 */
export function lazyProperty<T extends object, K extends keyof T>(obj: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) =>
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(obj, key, {
    get: () => {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}
