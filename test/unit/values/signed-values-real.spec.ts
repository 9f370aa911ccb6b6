/**
 * `s:` and `j:` values produced in the test by the real cookie-signature, cookie-parser and
 * express-session (an Express app on 127.0.0.1, port 0), then decoded, verified and cracked by us.
 */
import type { AddressInfo } from 'node:net';
import cookieParser from 'cookie-parser';
import signature from 'cookie-signature';
import express from 'express';
import session from 'express-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findWeakSecret } from '../../../src/core/secrets/find-weak-secret.ts';
import { decodeValue } from '../../../src/core/values/decode-value.ts';
import { verifySignedValue } from '../../../src/core/values/verify-signed-value.ts';

describe('cookie-signature sign()', () => {
  it.each([
    ['hello', 'tobiiscool'],
    ['user:42', 'keyboard cat'],
    ['ünïcødé ✓', 'a much longer and random-looking secret 8f3a1c'],
    ['', 's3cr3t'],
  ])('verifies %j signed with %j, rejects a wrong secret', async (value, secret) => {
    const signed = `s:${signature.sign(value, secret)}`;
    expect(await verifySignedValue(signed, secret)).toMatchObject({ status: 'valid', signatureValid: true });
    expect(await verifySignedValue(signed, `${secret}x`)).toMatchObject({ status: 'bad-signature' });
    // cookie-signature's own unsign agrees with us.
    expect(signature.unsign(signed.slice(2), secret)).toBe(value);
  });

  it('rejects a tampered value', async () => {
    const signed = `s:${signature.sign('role=user', 'secret')}`.replace('user', 'admin');
    expect((await verifySignedValue(signed, 'secret')).status).toBe('bad-signature');
  });

  it('says malformed for values that are not signed', async () => {
    expect((await verifySignedValue('plain', 'secret')).status).toBe('malformed-token');
    expect((await verifySignedValue('s:abc.short', 'secret')).status).toBe('malformed-token');
  });
});

describe('cookie-parser', () => {
  it('signedCookie() and our decoder agree; JSONCookie j: values decode to JSON', async () => {
    const raw = `s:${signature.sign('j:{"cart":[1,2]}', 'changeme')}`;
    expect(cookieParser.signedCookie(raw, 'changeme')).toBe('j:{"cart":[1,2]}');
    const d = decodeValue(encodeURIComponent(raw));
    expect(d.layers.map((l) => l.kind)).toEqual(['percent', 'signed', 'cookie-parser-json', 'json']);
    expect(d.layers[1]?.label).toBe('cookie-parser signed value');
    expect(d.json).toEqual(cookieParser.JSONCookie('j:{"cart":[1,2]}'));
    expect(await findWeakSecret(raw)).toEqual({ secret: 'changeme', kind: 'signed-cookie' });
  });
});

describe('express-session (real server)', () => {
  let base = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const app = express();
    app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
    app.get('/', (req, res) => {
      (req.session as unknown as { views: number }).views = 1;
      res.send('ok');
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  it('connect.sid is decoded, verified with the secret and cracked as "keyboard cat"', async () => {
    const res = await fetch(`${base}/`);
    const setCookie = res.headers.getSetCookie().find((h) => h.startsWith('connect.sid='));
    expect(setCookie).toBeDefined();
    const value = (setCookie ?? '').split(';')[0]?.slice('connect.sid='.length) ?? '';
    expect(value.startsWith('s%3A')).toBe(true);

    const d = decodeValue(value);
    expect(d.kind).toBe('signed');
    expect(d.layers.map((l) => l.label)).toEqual(['percent-encoded', 'express-session signed id']);
    expect(d.signed?.value).toMatch(/^[A-Za-z0-9_-]{32}$/);

    expect((await verifySignedValue(value, 'keyboard cat')).status).toBe('valid');
    expect((await verifySignedValue(value, 'keyboard dog')).status).toBe('bad-signature');
    expect(await findWeakSecret(value)).toEqual({ secret: 'keyboard cat', kind: 'signed-cookie' });
  });
});

describe('findWeakSecret negatives', () => {
  it('returns null for a strong secret and for unsigned values', async () => {
    const strong = `s:${signature.sign('abc', 'f1b9c1e0-8a4d-4d53-9d7e-5d2d1f0b7a61')}`;
    expect(await findWeakSecret(strong)).toBeNull();
    expect(await findWeakSecret('just-a-value')).toBeNull();
    expect(await findWeakSecret('')).toBeNull();
  });
});
