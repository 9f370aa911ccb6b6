/** One line for a file that cannot be read, the same words for HAR files and key files. */
export function readError(file: string, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: cannot read (${e instanceof Error ? e.message : String(e)})`;
}
