import fc from 'fast-check';
import { base64url, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64NoPad } from '../../../src/core/values/base64.ts';
import { decodeValue } from '../../../src/core/values/decode-value.ts';
import { MAX_LAYERS } from '../../../src/core/values/limits.ts';
import { percentDecode } from '../../../src/core/values/percent.ts';

const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const kinds = (v: string) => decodeValue(v, { now }).layers.map((l) => l.kind);

describe('decodeValue layers', () => {
  it('leaves plain and id-like values alone (no base64 false positives)', () => {
    for (const v of [
      'dark',
      'en-US',
      'preferences',
      'helloworld',
      'loggedIn',
      'GA1.2.1234567890.1234567890',
      'a3f5c9d1e2b4a6c8d0e2f4a6b8c0d2e4',
      'xZ5oqkTZ2r9e9G7hY3HvKNgMmD8KqHhq',
      '550e8400-e29b-41d4-a716-446655440000',
      'Zm9v',
    ]) {
      const d = decodeValue(v, { now });
      expect(d.layers, v).toEqual([]);
      expect(d).toMatchObject({ kind: 'plain', final: v, confidence: 1 });
    }
  });

  it('base64 text is peeled with a confidence below 1; JSON inside gets 0.95', () => {
    const t = decodeValue(b64('admin:password'), { now });
    expect(t.layers[0]).toMatchObject({ kind: 'base64', label: 'base64', text: 'admin:password' });
    expect(t.confidence).toBeGreaterThan(0.5);
    expect(t.confidence).toBeLessThan(1);
    const j = decodeValue(b64('{"user":"bob","admin":false}'), { now });
    expect(j.layers.map((l) => l.kind)).toEqual(['base64', 'json']);
    expect(j.layers[0]?.confidence).toBe(0.95);
    expect(j.json).toEqual({ user: 'bob', admin: false });
    expect(j.kind).toBe('json');
  });

  it('quotes, Bearer and percent-encoding are each one layer', () => {
    expect(kinds('"abc"')).toEqual(['quoted']);
    expect(kinds('hello%20world')).toEqual(['percent']);
    expect(decodeValue('%E0%A4%A', { now }).layers[0]?.label).toBe(
      'percent-encoded (with malformed escapes)',
    );
  });

  it('JSON containing a token: nested token reported with its JSON path', async () => {
    const t = await new SignJWT({ sub: 'u1' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('k'.repeat(32)));
    const d = decodeValue(
      encodeURIComponent(JSON.stringify({ provider: 'x', tokens: [{ access_token: t }], refresh: t })),
      { now },
    );
    expect(d.layers.map((l) => l.kind)).toEqual(['percent', 'json', 'json-field', 'jws']);
    expect(d.layers[2]).toMatchObject({
      path: '$.tokens[0].access_token',
      label: 'jwt at $.tokens[0].access_token',
    });
    expect(d.jsonTokens).toEqual([
      { path: '$.tokens[0].access_token', kind: 'jwt' },
      { path: '$.refresh', kind: 'jwt' },
    ]);
    expect(d.jwt?.payload).toEqual({ sub: 'u1' });
    expect(d.kind).toBe('jwt');
    expect(d.final).toBe('{"sub":"u1"}');
  });

  it('base64 of JSON with a token (OAuth-style cookies)', () => {
    const t = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
    expect(kinds(b64(JSON.stringify({ 'id token': t })))).toEqual(['base64', 'json', 'json-field', 'jws']);
    expect(decodeValue(b64(JSON.stringify({ 'id token': t })), { now }).layers[2]?.path).toBe(
      '$["id token"]',
    );
  });

  it('Bearer JWT, and a JWS whose claims do not decode', () => {
    expect(kinds('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')).toEqual(['bearer', 'jws']);
    const bad = decodeValue(`eyJhbGciOiJIUzI1NiJ9.${base64url.encode('not json')}.c2ln`, { now });
    expect(bad.layers[0]?.label).toBe('JWS (claims unreadable)');
    expect(bad.jwtError?.code).toBe('bad-json');
    expect(bad.jwt).toBeUndefined();
  });

  it('JWE is terminal with alg/enc', () => {
    const h = base64url.encode('{"alg":"dir","enc":"A256GCM"}');
    const d = decodeValue(`${h}..aXY.Y3Q.dGFn`, { now });
    expect(d.kind).toBe('jwe');
    expect(d.layers[0]?.label).toBe('encrypted JWE (dir, A256GCM)');
  });

  it('stops at MAX_LAYERS and says so', () => {
    let v = 'the end';
    for (let i = 0; i < 12; i++) v = b64(v);
    const d = decodeValue(v, { now });
    expect(d.layers).toHaveLength(MAX_LAYERS);
    expect(d.limited).toBe('max-layers');
  });

  it('does not peel inputs over 64 KB', () => {
    const d = decodeValue(`%41${'a'.repeat(70_000)}`, { now });
    expect(d).toMatchObject({ layers: [], limited: 'input-too-large' });
  });
});

describe('base64 helpers', () => {
  it('round-trips cookie-signature style (no padding)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const s = encodeBase64NoPad(bytes);
        expect(s).toBe(Buffer.from(bytes).toString('base64').replace(/=+$/, ''));
        const back = decodeBase64(s, 'base64');
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
    );
  });
  it('percentDecode never throws and agrees with decodeURIComponent when that works', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = percentDecode(s);
        let expected: string | null = null;
        try {
          expected = decodeURIComponent(s);
        } catch {}
        if (expected !== null) expect(r.text).toBe(expected);
      }),
    );
  });
});

describe('decodeValue is total and bounded (fast-check)', () => {
  const layer = fc.constantFrom(
    (s: string) => encodeURIComponent(s),
    (s: string) => b64(s),
    (s: string) => base64url.encode(s),
    (s: string) => JSON.stringify({ v: s }),
    (s: string) => `"${s}"`,
    (s: string) => `j:${JSON.stringify(s)}`,
    (s: string) => `s:${s}.${'A'.repeat(43)}`,
    (s: string) => `Bearer ${s}`,
    (s: string) => `eyJ${s}.eyJ.`,
  );
  const adversarial = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom(
      '....',
      'eyJ.eyJ.',
      'eyJ.eyJ.eyJ.eyJ.eyJ',
      '%',
      '%%%',
      's:.',
      'j:',
      'Bearer',
      '""',
      '"',
      '[[[[[[',
      '{"a":',
    ),
    fc
      .tuple(fc.string({ maxLength: 40 }), fc.array(layer, { maxLength: 12 }))
      .map(([seed, fs]) => fs.reduce((v, f) => f(v), seed)),
  );

  it('never throws, never exceeds MAX_LAYERS, always returns a confidence in [0,1]', () => {
    fc.assert(
      fc.property(adversarial, (v) => {
        const d = decodeValue(v, { now });
        expect(d.layers.length).toBeLessThanOrEqual(MAX_LAYERS);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(typeof d.final).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('terminates quickly on huge and deeply nested inputs', () => {
    const inputs = [
      'A'.repeat(64 * 1024),
      b64('x'.repeat(48 * 1024 - 1)),
      '['.repeat(60_000),
      `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
      '%25'.repeat(20_000),
      '.'.repeat(64 * 1024),
      `eyJ${'.eyJ'.repeat(16_000)}`,
      `s:${'.'.repeat(30_000)}${'A'.repeat(43)}`,
    ];
    const t0 = performance.now();
    for (const v of inputs) expect(() => decodeValue(v, { now })).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
