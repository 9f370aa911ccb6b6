/**
 * The commands' io in memory, for the CLI tests: what they print (`out`, `err`, and stdout as `text()`),
 * the files they may read — a missing one fails as Node's does, with code ENOENT, own names only so a
 * hostile name such as `__proto__` is missing too — and, when given, the clock.
 */
export interface MemoryIo<T extends string | Uint8Array> {
  io: {
    out(s: string): void;
    err(s: string): void;
    readFile(p: string): Promise<T>;
    now?: () => number;
  };
  out: string[];
  err: string[];
  text(): string;
}

export function memoryIo<T extends string | Uint8Array = string>(
  files: Readonly<Record<string, T>> = {},
  now?: number,
): MemoryIo<T> {
  const out: string[] = [];
  const err: string[] = [];
  const io: MemoryIo<T>['io'] = {
    out: (s) => void out.push(s),
    err: (s) => void err.push(s),
    readFile: async (p) => {
      if (!Object.hasOwn(files, p))
        throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
      return files[p] as T;
    },
    ...(now === undefined ? {} : { now: () => now }),
  };
  return { io, out, err, text: () => out.join('\n') };
}
