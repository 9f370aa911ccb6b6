import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../../scripts/lib/zip-entries.ts';

/** A stored (uncompressed) zip of the given names with empty contents, written by hand per APPNOTE. */
function zipOf(names: string[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, n >> 8];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  for (const name of names) {
    const bytes = [...enc.encode(name)];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...new Array(22).fill(0), ...u16(bytes.length), ...u16(0), ...bytes);
    central.push(...u32(0x02014b50), ...new Array(24).fill(0), ...u16(bytes.length), ...u16(0), ...u16(0));
    central.push(...new Array(8).fill(0), ...u32(offset), ...bytes);
  }
  const eocd = [...u32(0x06054b50), 0, 0, 0, 0, ...u16(names.length), ...u16(names.length)];
  eocd.push(...u32(central.length), ...u32(locals.length), ...u16(0));
  return new Uint8Array([...locals, ...central, ...eocd]);
}

describe('zipEntries', () => {
  it('lists every name of the central directory in order', () => {
    expect(zipEntries(zipOf(['manifest.json', 'icons/icon-16.png', 'é.txt']))).toEqual([
      'manifest.json',
      'icons/icon-16.png',
      'é.txt',
    ]);
  });

  it('says when the bytes are not a zip', () => {
    expect(() => zipEntries(new Uint8Array(100))).toThrow(/not a zip/);
  });
});
