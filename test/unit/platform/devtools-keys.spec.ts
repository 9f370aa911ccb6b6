import { describe, expect, test } from 'vitest';
import { panelKeyPolicy } from '../../../src/platform/devtools-keys.ts';

describe('panelKeyPolicy', () => {
  test('Chrome (chrome-extension://): an Esc the panel acted on is consumed', () => {
    expect(panelKeyPolicy('chrome-extension:')).toEqual({ consumeEscape: true });
    expect(panelKeyPolicy('http:')).toEqual({ consumeEscape: true }); // the plain page (bench, tests)
  });

  test('Firefox (moz-extension://): it is not, so the toolbox toggles its split console back', () => {
    expect(panelKeyPolicy('moz-extension:')).toEqual({ consumeEscape: false });
  });
});
