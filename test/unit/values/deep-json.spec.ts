/**
 * Issue #19 break 3: decoded JSON nested thousands deep must not overflow the stack where it is stored,
 * rendered or serialised (`audit --format json`, `decode`, the panel's Export JSON). The value is cut at
 * MAX_DECODED_JSON_DEPTH and says so; the raw text is kept.
 */
import { describe, expect, it } from 'vitest';
import { type AuditIo, auditCommand } from '../../../src/cli/audit-command.ts';
import { type DecodeIo, decodeCommand } from '../../../src/cli/decode-command.ts';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { decodeJwt } from '../../../src/core/jwt/decode-jwt.ts';
import type { Exchange } from '../../../src/core/model.ts';
import {
  clampDepth,
  MAX_DECODED_JSON_DEPTH,
  parseBoundedJson,
  TOO_DEEP_MARKER,
} from '../../../src/core/values/bounded-json.ts';
import { decodeValue } from '../../../src/core/values/decode-value.ts';
import { exportFile } from '../../../src/ui/panel/panel-exports.ts';
import { depthOf } from './json-depth.ts';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** A JWT whose claims hold an array nested `depth` deep (the reproducer of the issue). */
function deepJwt(depth: number): string {
  const claims = `{"sub":"u1","exp":${NOW / 1000 + 3600},"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(claims)}.c2ln`;
}

describe('bounded JSON', () => {
  it('keeps shallow values as they are and cuts deep ones at the bound, iteratively', () => {
    const shallow = parseBoundedJson('{"a":{"b":[1,2]}}');
    expect(shallow).toEqual({ ok: true, value: { a: { b: [1, 2] } }, tooDeep: false });
    const deep = parseBoundedJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(deep.ok && deep.tooDeep).toBe(true);
    expect(deep.ok && depthOf(deep.value)).toBe(MAX_DECODED_JSON_DEPTH);
    expect(JSON.stringify(deep.ok && deep.value)).toContain(TOO_DEEP_MARKER);
    expect(parseBoundedJson('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}').ok).toBe(true);
    expect(parseBoundedJson('{').ok).toBe(false);
  });

  it('keeps __proto__ as an own data key, never as a prototype', () => {
    const v = clampDepth(JSON.parse('{"__proto__":{"polluted":1}}'), 1) as Record<string, unknown>;
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect((v as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it('a JWT with claims 6,000 deep decodes, serialises and keeps its raw text', () => {
    const jwt = decodeJwt(deepJwt(6000), { now: NOW });
    expect(jwt.ok).toBe(true);
    if (!jwt.ok) return;
    expect(jwt.tooDeep).toBe(true);
    expect(jwt.payload.sub).toBe('u1');
    expect(jwt.payloadRaw.length).toBeGreaterThan(12_000);
    const decoded = decodeValue(deepJwt(6000), { now: NOW });
    expect(decoded.limited).toBe('json-too-deep');
    expect(() => JSON.stringify(decoded)).not.toThrow();
    const json = decodeValue(`j:{"a":${'['.repeat(9000)}${']'.repeat(9000)}}`, { now: NOW });
    expect(json.limited).toBe('json-too-deep');
    expect(() => JSON.stringify(json)).not.toThrow();
  });
});

describe('where the issue broke', () => {
  const ex: Exchange = {
    id: 'e1',
    startedAt: NOW - 1000,
    url: 'https://app.example/account',
    method: 'GET',
    status: 200,
    pageUrl: 'https://app.example/account',
    requestCookieHeader: `tok=${deepJwt(6000)}`,
    setCookieHeaders: [],
  };

  it('audit --format json on a Cookie holding the deep JWT: exit 0, valid JSON, says it was cut', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const har = {
      log: {
        entries: [
          {
            startedDateTime: new Date(ex.startedAt).toISOString(),
            request: {
              method: 'GET',
              url: ex.url,
              headers: [{ name: 'Cookie', value: ex.requestCookieHeader }],
            },
            response: { status: 200, headers: [] },
          },
        ],
      },
    };
    const io: AuditIo = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: async () => JSON.stringify(har),
      now: () => NOW,
    };
    expect(await auditCommand(['deep.har', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.cookies[0].jwt.tooDeep).toBe(true);
    expect(JSON.stringify(report)).toContain(TOO_DEEP_MARKER);
  });

  for (const depth of [4125, 6000]) {
    for (const json of [false, true]) {
      it(`decode${json ? ' --json' : ''} at ${depth} deep: exit 0 with a note`, async () => {
        const out: string[] = [];
        const err: string[] = [];
        const io: DecodeIo = {
          out: (s) => out.push(s),
          err: (s) => err.push(s),
          readFile: async () => '',
          now: () => NOW,
        };
        expect(await decodeCommand([deepJwt(depth), ...(json ? ['--json'] : [])], io)).toBe(0);
        expect(err).toEqual([]);
        expect(out.join('\n')).toContain(json ? '"limited": "json-too-deep"' : 'nests deeper than 32 levels');
      });
    }
  }

  it("the panel's Export JSON and Markdown do not throw", () => {
    const analysis = analyseExchanges([ex], { now: NOW });
    const file = exportFile('json', analysis, [ex], 'deep', new Date(NOW));
    expect(JSON.parse(file.text).cookies[0].jwt.tooDeep).toBe(true);
    expect(() => exportFile('md', analysis, [ex], 'deep', new Date(NOW))).not.toThrow();
  });
});
