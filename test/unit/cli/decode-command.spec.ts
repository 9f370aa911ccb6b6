import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { decodeCommand } from '../../../src/cli/decode-command.ts';
import { memoryIo } from './memory-io.ts';

const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const sec = now / 1000;

const io = (files: Record<string, string> = {}) => memoryIo(files, now);

let weakJwt = '';
let esJwt = '';
let jwk: Record<string, unknown> = {};
let pem = '';
beforeAll(async () => {
  weakJwt = await new SignJWT({ sub: 'u1', email: 'a@b.c' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(sec - 3600)
    .setExpirationTime(sec - 3 * 3600)
    .sign(new TextEncoder().encode('keyboard cat'));
  const pair = await generateKeyPair('ES256', { extractable: true });
  esJwt = await new SignJWT({ sub: 'u2', exp: sec + 86400 * 2 })
    .setProtectedHeader({ alg: 'ES256' })
    .sign(pair.privateKey);
  jwk = (await exportJWK(pair.publicKey)) as Record<string, unknown>;
  pem = await exportSPKI(pair.publicKey);
});

describe('decode command', () => {
  it('prints layers, header, claims with human times, verification, weak secret and findings', async () => {
    const t = io();
    expect(await decodeCommand([`Bearer ${weakJwt}`, '--secret', 'keyboard cat'], t.io)).toBe(0);
    const text = t.text();
    expect(text).toContain('1. Bearer prefix');
    expect(text).toContain('2. JWT (HS256)');
    expect(text).toContain('JWT header: {"alg":"HS256","typ":"JWT"}');
    expect(text).toContain('exp: ');
    expect(text).toContain('(expired 3 h ago)');
    expect(text).toContain('verification: expired (HS256)');
    expect(text).toContain('weak secret: "keyboard cat" signs this JWT');
    expect(text).toContain('[high] auth-weak-secret');
    expect(text).toContain('[low] jwt-expired: JWT in the given value expired 3 h ago');
    expect(t.err).toEqual([]);
  });

  it('--name says which cookie the value came from in every finding', async () => {
    const t = io();
    expect(await decodeCommand([weakJwt, '--name', 'token'], t.io)).toBe(0);
    expect(t.text()).toContain('[low] jwt-expired: JWT in cookie `token` expired 3 h ago');
    expect(t.text()).not.toContain('the given value');
  });

  it('--json gives a machine-readable report', async () => {
    const t = io();
    expect(await decodeCommand([weakJwt, '--json', '--name', 'auth'], t.io)).toBe(0);
    const report = JSON.parse(t.text());
    expect(report.kind).toBe('jwt');
    expect(report.jwt.payload.sub).toBe('u1');
    expect(report.weakSecret).toEqual({ secret: 'keyboard cat', kind: 'jwt' });
    expect(report.verification).toBeNull();
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('jwt-sensitive-claims');
    expect(report.findings[0].cookie.name).toBe('auth');
  });

  it('verifies with --jwk (JWK or JWKS) and --pem files', async () => {
    for (const [flag, content] of [
      ['--jwk', JSON.stringify(jwk)],
      ['--jwk', JSON.stringify({ keys: [jwk] })],
      ['--pem', pem],
    ] as const) {
      const t = io({ 'key.file': content });
      expect(await decodeCommand([esJwt, flag, 'key.file'], t.io)).toBe(0);
      expect(t.text()).toContain('verification: valid (ES256)');
    }
  });

  it('one command, one clock: the claims shown and the exp verdict use the injected time', async () => {
    // 2001: long past on any wall clock, so a verify that read Date.now() would say "expired" here.
    const then = Date.UTC(2001, 0, 1);
    const pair = await generateKeyPair('ES256', { extractable: true });
    const token = await new SignJWT({ sub: 'u3', exp: then / 1000 + 2 * 86400 })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(pair.privateKey);
    const t = memoryIo({ 'key.jwk': JSON.stringify(await exportJWK(pair.publicKey)) }, then);
    expect(await decodeCommand([token, '--jwk', 'key.jwk'], t.io)).toBe(0);
    expect(t.text()).toContain('(expires in 2 days)');
    expect(t.text()).toContain('verification: valid (ES256)');
    expect(t.text()).not.toContain('expired');
  });

  it('escapes terminal control characters from hostile values', async () => {
    const t = io();
    await decodeCommand([encodeURIComponent('\u001b]0;pwned\u0007 hi')], t.io);
    expect([...t.text()].some((c) => c.charCodeAt(0) < 0x20 && c !== '\n')).toBe(false);
    expect(t.text()).toContain('\\u001b');
  });

  it.each([
    [[], /no value given/],
    [['a', 'b'], /one value expected/],
    [['x', '--bogus'], /unknown option --bogus/],
    [['x', '--secret'], /--secret needs a value/],
    [['x', '--secret', 's', '--pem', 'p'], /only one of/],
    [['eyJhbGciOiJFUzI1NiJ9.e30.c2ln', '--pem', 'missing.pem'], /missing\.pem: no such file/],
    [['eyJhbGciOiJFUzI1NiJ9.e30.c2ln', '--jwk', 'bad.json'], /bad.json: malformed key: not JSON/],
    [['eyJhbGciOiJFUzI1NiJ9.e30.c2ln', '--pem', 'bad.pem'], /bad.pem: malformed key/],
    [['plain-value', '--secret', 's'], /nothing to verify/],
  ])('%j → exit 2 with one line', async (args, message) => {
    const t = io({
      'bad.json': '{nope',
      'bad.pem': '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
    });
    expect(await decodeCommand(args as string[], t.io)).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^cookie-lens decode: /);
    expect(t.err[0]).toMatch(message);
    expect(t.err[0]).not.toContain('\n');
  });
});

describe('parseArgs', () => {
  it('handles --k v, --k=v, flags, aliases, -- and dash-leading values', () => {
    const r = parseArgs(['-abc', '--secret=a=b', '--json', '-h', '--', '--not-an-option'], {
      options: ['secret'],
      flags: ['json', 'help'],
      aliases: { '-h': 'help' },
    });
    expect(r).toEqual({
      ok: true,
      positionals: ['-abc', '--not-an-option'],
      options: { secret: 'a=b' },
      flags: new Set(['json', 'help']),
    });
    expect(parseArgs(['--json=1'], { flags: ['json'] })).toEqual({
      ok: false,
      message: '--json takes no value',
    });
    expect(parseArgs(['--s', 'a', '--s', 'b'], { options: ['s'] })).toEqual({
      ok: false,
      message: '--s given twice',
    });
  });
});
