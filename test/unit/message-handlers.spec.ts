import { describe, expect, it } from 'vitest';
import { dispatch, handlers } from '../../src/background/message-handlers.ts';

describe('background dispatch', () => {
  it('answers ping', async () => {
    expect(await dispatch(handlers, { type: 'ping' })).toMatchObject({ ok: true });
  });
  it('rejects malformed and unknown messages as values, never throws', async () => {
    expect(await dispatch(handlers, null)).toEqual({ ok: false, code: 'bad-message' });
    expect(await dispatch(handlers, 'ping')).toEqual({ ok: false, code: 'bad-message' });
    expect(await dispatch(handlers, { type: 'toString' })).toEqual({ ok: false, code: 'unknown-message' });
    expect(await dispatch(handlers, { type: 42 })).toEqual({ ok: false, code: 'unknown-message' });
  });
});
