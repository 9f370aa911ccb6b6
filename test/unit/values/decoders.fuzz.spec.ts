/**
 * Fuzz target for the decoders (issue #19): values built from JSON with hostile nesting (up to 20,000
 * levels) and size (up to past the 64 KB bound), wrapped the ways real cookies wrap them (JWT, `j:`,
 * `s:`, percent-encoding, base64, quotes, Bearer). Whatever comes in, the decoders return a value, never
 * throw, and what they return serialises (no stack overflow downstream) and stays within the depth bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../../src/core/jwt/decode-jwt.ts';
import { MAX_DECODED_JSON_DEPTH } from '../../../src/core/values/bounded-json.ts';
import { decodeValue } from '../../../src/core/values/decode-value.ts';
import { depthOf } from './json-depth.ts';

const b64url = (s: string) => Buffer.from(s).toString('base64url');
const NOW = Date.parse('2026-01-15T12:00:00Z');

/** JSON text nested `depth` deep around a leaf, as arrays, objects or a mix. */
const nested = fc
  .record({
    depth: fc.oneof(fc.nat({ max: 40 }), fc.integer({ min: 40, max: 20_000 })),
    shape: fc.constantFrom('array', 'object', 'mixed'),
    leaf: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('"eyJhbGciOiJub25lIn0.eyJ4IjoxfQ."')),
  })
  .map(({ depth, shape, leaf }) => {
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const obj = shape === 'object' || (shape === 'mixed' && i % 2 === 1);
      open += obj ? '{"k":' : '[';
      close = (obj ? '}' : ']') + close;
    }
    const inner = leaf.startsWith('"') ? leaf : JSON.stringify(leaf);
    return `{"sub":"u","n":${open}${inner}${close}}`;
  });

/** Size: padding that crosses MAX_VALUE_CHARS (64 KB) sometimes. */
const padding = fc.oneof(
  fc.constant(''),
  fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)),
);

const wrapped = fc
  .record({
    json: nested,
    pad: padding,
    wrap: fc.constantFrom('jwt', 'j:', 's:j:', 'percent', 'base64', 'quoted', 'bearer', 'json'),
  })
  .map(({ json, pad, wrap }) => {
    const body = pad === '' ? json : json.replace('"sub":"u"', `"sub":"${pad}"`);
    switch (wrap) {
      case 'jwt':
        return `${b64url('{"alg":"HS256"}')}.${b64url(body)}.c2ln`;
      case 'j:':
        return `j:${body}`;
      case 's:j:':
        return `s:j:${body}.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2ln`;
      case 'percent':
        return encodeURIComponent(`j:${body}`);
      case 'base64':
        return Buffer.from(body).toString('base64');
      case 'quoted':
        return `"${body}"`;
      case 'bearer':
        return `Bearer ${b64url('{"alg":"none"}')}.${b64url(body)}.`;
      default:
        return body;
    }
  });

describe('decoder fuzz: nesting and size', () => {
  it('decodeValue never throws, serialises, and stores JSON at most MAX_DECODED_JSON_DEPTH deep', () => {
    fc.assert(
      fc.property(wrapped, (value) => {
        const d = decodeValue(value, { now: NOW });
        expect(() => JSON.stringify(d)).not.toThrow();
        if (d.json !== undefined) expect(depthOf(d.json)).toBeLessThanOrEqual(MAX_DECODED_JSON_DEPTH);
        if (d.jwt) expect(depthOf(d.jwt.payload)).toBeLessThanOrEqual(MAX_DECODED_JSON_DEPTH);
      }),
      { numRuns: 400 },
    );
  });

  it('decodeJwt never throws on any string, and its claims serialise', () => {
    fc.assert(
      fc.property(fc.oneof(wrapped, fc.string({ maxLength: 300 })), (token) => {
        const r = decodeJwt(token, { now: NOW });
        expect(() => JSON.stringify(r)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
