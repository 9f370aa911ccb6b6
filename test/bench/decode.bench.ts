/**
 * Value decoding throughput on the JWT corpus and real express values, next to jose's `decodeJwt`
 * (a peer that does less: no layers, lenient UTF-8), and the offline weak-secret check per token
 * (target: the whole bundled list against one token in well under 50 ms).
 */
import { readFileSync } from 'node:fs';
import signature from 'cookie-signature';
import { decodeJwt as joseDecodeJwt, SignJWT } from 'jose';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { bestOfAsync, measureInterleaved } from '../../scripts/bench/measure.ts';
import { decodeJwt } from '../../src/core/jwt/decode-jwt.ts';
import { findWeakSecret } from '../../src/core/secrets/find-weak-secret.ts';
import { WEAK_SECRETS } from '../../src/core/secrets/weak-secrets.ts';
import { decodeValue } from '../../src/core/values/decode-value.ts';

function corpusTokens(): string[] {
  const out: string[] = [];
  for (const name of ['rfc-vectors.json', 'rfc7520-compact.json', 'decode-edge-cases.json']) {
    const url = new URL(`../corpus/data/jwt/${name}`, import.meta.url);
    const data = JSON.parse(readFileSync(url, 'utf8')) as { cases: { token?: unknown; input?: unknown }[] };
    for (const c of data.cases) {
      const v = c.token ?? c.input;
      if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

function expressValues(): string[] {
  const sid = encodeURIComponent(`s:${signature.sign('xZ5oqkTZ2r9e9G7hY3HvKNgMmD8KqHhq', 'keyboard cat')}`);
  const json = encodeURIComponent(`j:${JSON.stringify({ cart: [1, 2, 3], theme: 'dark' })}`);
  const b64json = Buffer.from(JSON.stringify({ user: 'bob', roles: ['a'] })).toString('base64');
  return [sid, json, b64json, 'GA1.2.1234567890.1234567890', 'a3f5c9d1e2b4a6c8d0e2f4a6b8c0d2e4', 'en-US'];
}

export default async function (): Promise<BenchResult> {
  const tokens = corpusTokens();
  const values = [...tokens, ...expressValues()];
  const jwts = tokens.filter((t) => {
    try {
      joseDecodeJwt(t);
      return decodeJwt(t).ok;
    } catch {
      return false;
    }
  });
  const reps = 200;
  const [dv, ours, jose] = measureInterleaved([
    {
      name: 'decodeValue (corpus + express values)',
      run: () => repeat(reps, () => values.map((v) => decodeValue(v, { now: 0 }))),
    },
    {
      name: 'decodeJwt (Cookie Lens)',
      run: () => repeat(reps, () => jwts.map((t) => decodeJwt(t, { now: 0 }))),
    },
    { name: 'jose decodeJwt', run: () => repeat(reps, () => jwts.map((t) => joseDecodeJwt(t))) },
  ]);
  const ops = (m: { ms: number } | undefined, n: number) => (m ? Math.round((n * reps * 1000) / m.ms) : 0);

  // Worst case for the weak-secret check: a strong secret, so every list entry is tried.
  const strongJwt = await new SignJWT({ sub: 'u1' })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode('f1b9c1e0-8a4d-4d53'));
  const strongSid = `s:${signature.sign('xZ5oqkTZ2r9e9G7hY3HvKNgMmD8KqHhq', 'f1b9c1e0-8a4d-4d53')}`;
  const coldT0 = performance.now();
  await findWeakSecret(strongJwt);
  const coldMs = performance.now() - coldT0;
  const jwtMs = await bestOfAsync(20, () => findWeakSecret(strongJwt));
  const sidMs = await bestOfAsync(20, () => findWeakSecret(strongSid));
  const hit = await bestOfAsync(20, () => findWeakSecret(`s:${signature.sign('abc', 'keyboard cat')}`));

  const rows: BenchRow[] = [
    { name: dv?.name ?? '', opsPerSec: ops(dv, values.length), note: `${values.length} values` },
    { name: ours?.name ?? '', opsPerSec: ops(ours, jwts.length), note: `${jwts.length} JWTs` },
    { name: jose?.name ?? '', opsPerSec: ops(jose, jwts.length), note: 'peer, same JWTs' },
    {
      name: 'findWeakSecret HS256 JWT, miss (first call, imports keys)',
      ms: round(coldMs),
      note: `${WEAK_SECRETS.length} secrets`,
    },
    { name: 'findWeakSecret HS256 JWT, miss (keys cached)', ms: round(jwtMs) },
    { name: 'findWeakSecret s: value, miss (keys cached)', ms: round(sidMs) },
    { name: 'findWeakSecret s: value, hit "keyboard cat"', ms: round(hit) },
  ];
  return {
    title: 'Value and JWT decoding, weak-secret check',
    rows,
    ratios: [
      {
        label: 'weak-secret check per JWT (cached keys)',
        unit: 'ms',
        value: round(jwtMs),
        target: 50,
        better: 'lower',
      },
      {
        label: 'weak-secret check per JWT (first call)',
        unit: 'ms',
        value: round(coldMs),
        target: 50,
        better: 'lower',
      },
      // Ours does more per token (exact header text, strict UTF-8 with Latin-1 fallback, human times):
      // keep it within 4x of jose's bare decode.
      {
        label: 'decodeJwt vs jose decodeJwt (ops/s ratio)',
        value: round(ops(ours, jwts.length) / Math.max(1, ops(jose, jwts.length))),
        target: 0.25,
      },
    ],
  };
}

function repeat(n: number, fn: () => unknown): unknown {
  let last: unknown;
  for (let i = 0; i < n; i++) last = fn();
  return last;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
