// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followColorScheme } from '../../../src/ui/popup/color-scheme.ts';

afterEach(() => document.documentElement.classList.remove('dark'));

function fakeQuery(matches: boolean) {
  const listeners: (() => void)[] = [];
  return {
    matches,
    addEventListener: (_: 'change', l: () => void) => listeners.push(l),
    flip(to: boolean) {
      this.matches = to;
      for (const l of listeners) l();
    },
  };
}

describe('popup colour scheme (prefers-color-scheme)', () => {
  it('is dark when the system is dark, and follows a change while open', () => {
    const q = fakeQuery(true);
    followColorScheme(document.documentElement, q);
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    q.flip(false);
    expect(document.documentElement.classList.contains('dark')).toBe(false);
  });

  it('is light otherwise, also without change events', () => {
    followColorScheme(document.documentElement, { matches: false });
    expect(document.documentElement.classList.contains('dark')).toBe(false);
  });
});
