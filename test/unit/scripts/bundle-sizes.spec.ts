import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetLine, bundleSize } from '../../../scripts/lib/bundle-sizes.ts';

const dir = mkdtempSync(join(tmpdir(), 'bundle-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): number {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
  return gzipSync(text).length;
}

describe('bundleSize', () => {
  // panel.js imports a and b statically, and views lazily; views imports b (shared) and c (its own).
  const panel = file(
    'panel.js',
    'import{x}from"./chunks/a.js";import"./chunks/b.js";const v=()=>import("./chunks/views.js");',
  );
  const a = file('chunks/a.js', 'import{y}from"./b.js";export const x=1;');
  const b = file('chunks/b.js', 'export const y=2;');
  const views = file('chunks/views.js', 'import{y}from"./b.js";import{z}from"./c.js";export const V=y+z;');
  const c = file('chunks/c.js', 'export const z=3;');

  it('counts the entry and its static imports, and reports import() chunks apart', () => {
    const size = bundleSize(dir, 'panel.js');
    expect(size.ownGz).toBe(panel);
    expect(size.chunks.sort()).toEqual(['chunks/a.js', 'chunks/b.js']);
    expect(size.totalGz).toBe(panel + a + b);
    // b is already loaded statically: only what import() adds counts as later.
    expect(size.lazy.sort()).toEqual(['chunks/c.js', 'chunks/views.js']);
    expect(size.lazyGz).toBe(views + c);
  });

  it('a single-file bundle has no chunks either way', () => {
    const single = file('popup.js', 'export const p=1;');
    expect(bundleSize(dir, 'popup.js')).toEqual({
      entry: 'popup.js',
      ownGz: single,
      totalGz: single,
      chunks: [],
      lazy: [],
      lazyGz: 0,
    });
  });
});

describe('budgetLine', () => {
  it('passes at the budget and misses above it', () => {
    expect(budgetLine('chrome panel.js', 110 * 1024, 110)).toMatch(/^PASS {2}chrome panel\.js 110\.0 KB/);
    expect(budgetLine('chrome background.js', 92.5 * 1024, 90)).toMatch(/^MISS {2}.*\(budget <= 90 KB\)$/);
  });
});
