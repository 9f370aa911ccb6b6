import { describe, expect, test } from 'vitest';
import {
  leaveReopenMark,
  type MarkStorage,
  REOPEN_WINDOW_MS,
  takeReopenMark,
} from '../../../src/protocol/panel-reopen-mark';

function mapStorage(): MarkStorage & { size: () => number } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    size: () => m.size,
  };
}

const T = 1_800_000_000_000;

describe('takeReopenMark (a panel that replaces one just closed on the same tab)', () => {
  test('a fresh open, with no mark, is not a reopen', () => {
    expect(takeReopenMark(mapStorage(), 7, T)).toBe(false);
  });

  test('a panel closed moments ago on the same tab makes the next one a reopen, once', () => {
    const s = mapStorage();
    leaveReopenMark(s, 7, T);
    expect(takeReopenMark(s, 7, T + 800)).toBe(true);
    // The mark is consumed: a later open of the same tab is fresh again.
    expect(takeReopenMark(s, 7, T + 900)).toBe(false);
    expect(s.size()).toBe(0);
  });

  test('another tab, or a reopen after the window, is a fresh open', () => {
    const s = mapStorage();
    leaveReopenMark(s, 7, T);
    expect(takeReopenMark(s, 8, T + 100)).toBe(false);
    expect(takeReopenMark(s, 7, T + REOPEN_WINDOW_MS)).toBe(false);
  });

  test('a mark from the future (clock moved back) or garbage is not a reopen', () => {
    const s = mapStorage();
    leaveReopenMark(s, 7, T + 10_000);
    expect(takeReopenMark(s, 7, T)).toBe(false);
    s.setItem('cookie-lens:panel-closed:7', 'not a time');
    expect(takeReopenMark(s, 7, T)).toBe(false);
  });
});
