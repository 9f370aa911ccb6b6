import { describe, expect, test } from 'vitest';
import { panelKeyPolicy } from '../../../src/platform/devtools-keys.ts';

describe('panelKeyPolicy', () => {
  test('Chrome (no runtime.getBrowserInfo): an Esc the panel acted on is consumed', () => {
    expect(panelKeyPolicy({})).toEqual({ consumeEscape: true });
    expect(panelKeyPolicy(undefined)).toEqual({ consumeEscape: true });
  });

  test('Firefox (runtime.getBrowserInfo): it is not, so the toolbox toggles its split console back', () => {
    expect(panelKeyPolicy({ getBrowserInfo: () => Promise.resolve({ name: 'Firefox' }) })).toEqual({
      consumeEscape: false,
    });
  });
});
