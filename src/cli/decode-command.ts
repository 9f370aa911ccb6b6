/**
 * `cookie-lens decode <value> [--secret S | --jwk FILE | --pem FILE] [--name COOKIE] [--json] [--fail-on L]`
 * (help.ts). Prints the layers, the JWT header and claims with human times, the verification result, any
 * well-known secret and the findings, most severe first. Exit 0 when the value was decoded, whatever the
 * verdict, unless `--fail-on` names a condition that holds (1); 2 for unusable input: no value,
 * unreadable or malformed key (docs/architecture.md §6: one line, no stack trace).
 */
import type { DecodedJwt } from '../core/jwt/jwt-types';
import { verifyJwt } from '../core/jwt/verify-jwt';
import type { VerifyKey, VerifyResult } from '../core/jwt/verify-types';
import { type Finding, SEVERITY_ORDER, type Severity } from '../core/model';
import { tokenFindings } from '../core/rules/jwt-findings';
import { findWeakSecret, type WeakSecretHit } from '../core/secrets/find-weak-secret';
import { WEAK_SECRETS } from '../core/secrets/weak-secrets';
import { humanJson, visibleText } from '../core/text/visible-text';
import { MAX_DECODED_JSON_DEPTH, TOO_DEEP_MARKER } from '../core/values/bounded-json';
import { decodeValue } from '../core/values/decode-value';
import { verifySignedValue } from '../core/values/signed-value';
import type { DecodedValue } from '../core/values/value-types';
import { parseArgs } from './args';
import { DECODE_HELP, DECODE_SYNOPSIS } from './help';
import { readError } from './read-error';

export interface DecodeIo {
  out(s: string): void;
  err(s: string): void;
  readFile(p: string): Promise<string>;
  /** Clock for relative times (tests inject it); default Date.now. */
  now?: () => number;
}

const USAGE = `usage: ${DECODE_SYNOPSIS}`;

/** `--fail-on invalid,high`: a failed verification, and/or findings at or above a severity. */
interface FailOn {
  invalid: boolean;
  severity: Severity | null;
}

function parseFailOn(raw: string | undefined): FailOn {
  const failOn: FailOn = { invalid: false, severity: null };
  if (raw === undefined) return failOn;
  for (const part of raw.split(',').map((p) => p.trim())) {
    if (part === 'invalid') failOn.invalid = true;
    else if (SEVERITY_ORDER.includes(part as Severity) && failOn.severity === null)
      failOn.severity = part as Severity;
    else throw new UsageError(`unknown --fail-on '${oneLine(part)}' (invalid, high, medium, low or info)`);
  }
  return failOn;
}

/** Most severe first; the rules' own order within a severity. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

class UsageError extends Error {}

export async function decodeCommand(args: string[], io: DecodeIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`cookie-lens decode: ${oneLine(message)}${e instanceof UsageError ? ` (${USAGE})` : ''}`);
    return 2;
  }
}

async function run(args: string[], io: DecodeIo): Promise<number> {
  const parsed = parseArgs(args, {
    options: ['secret', 'jwk', 'pem', 'name', 'fail-on'],
    flags: ['json', 'help'],
    aliases: { '-h': 'help' },
  });
  if (!parsed.ok) throw new UsageError(parsed.message);
  if (parsed.flags.has('help')) {
    io.out(DECODE_HELP);
    return 0;
  }
  const [value, ...extra] = parsed.positionals;
  if (value === undefined || value === '') throw new UsageError('no value given');
  if (extra.length > 0)
    throw new UsageError(`one value expected, got ${parsed.positionals.length} (quote it)`);
  const keyCount = ['secret', 'jwk', 'pem'].filter((k) => Object.hasOwn(parsed.options, k)).length;
  if (keyCount > 1) throw new UsageError('give only one of --secret, --jwk, --pem');
  const failOn = parseFailOn(parsed.options['fail-on']);
  if (failOn.invalid && keyCount === 0)
    throw new UsageError('--fail-on invalid needs a key to verify with (--secret, --jwk or --pem)');

  const now = (io.now ?? Date.now)();
  const key = await loadKey(parsed.options, io);
  const decoded = decodeValue(value, { now });
  const verification = key ? await verify(decoded, key.key, now) : null;
  if (verification?.status === 'malformed-key')
    throw new Error(`${key?.source}: malformed key: ${verification.message}`);
  const weak = await findWeakSecret(value);
  const name = parsed.options.name;
  const findings = bySeverity(
    tokenFindings(
      decoded,
      {
        cookie: { name: name ?? 'value', domain: '', path: '/' },
        exchanges: [],
        isAuth: true,
        now,
        // Without --name there is no cookie to name: "JWT in the given value expired …".
        ...(name === undefined ? { label: 'the given value' } : {}),
      },
      weak,
    ),
  );

  if (parsed.flags.has('json')) {
    io.out(humanJson(JSON.stringify(toJson(decoded, verification, weak, findings), null, 2)));
  } else {
    for (const line of render(decoded, verification, weak, findings)) io.out(line);
  }
  const failedVerification = failOn.invalid && verification !== null && verification.status !== 'valid';
  const limit = failOn.severity === null ? -1 : SEVERITY_ORDER.indexOf(failOn.severity);
  const failedFinding = findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= limit);
  return failedVerification || failedFinding ? 1 : 0;
}

async function loadKey(
  options: Record<string, string>,
  io: DecodeIo,
): Promise<{ key: VerifyKey; source: string } | null> {
  if (options.secret !== undefined) {
    if (options.secret === '') throw new UsageError('--secret is empty');
    return { key: { secret: options.secret }, source: '--secret' };
  }
  const file = options.jwk ?? options.pem;
  if (file === undefined) return null;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new Error(readError(file, e));
  }
  if (options.pem !== undefined) return { key: { pem: text }, source: file };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file}: malformed key: not JSON (a JWK or a JWKS is expected)`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`${file}: malformed key: not a JSON object`);
  const obj = json as Record<string, unknown>;
  if (Array.isArray(obj.keys))
    return { key: { jwks: obj as { keys: Record<string, unknown>[] } }, source: file };
  return { key: { jwk: obj }, source: file };
}

/** `now` is the command's one clock: the claims shown and the exp/nbf verdict must agree. */
async function verify(decoded: DecodedValue, key: VerifyKey, now: number): Promise<VerifyResult> {
  if (decoded.jwt) return verifyJwt(decoded.jwt.token, key, { now });
  if (decoded.jwe) return verifyJwt(decoded.jwe.token, key, { now });
  if (decoded.jwtError) throw new Error(`cannot verify: ${decoded.jwtError.message}`);
  if (decoded.signed) {
    if (!('secret' in key) || typeof key.secret !== 'string')
      throw new Error('an s: value is verified with --secret, not a key file');
    return verifySignedValue(`s:${decoded.signed.value}.${decoded.signed.signature}`, key.secret);
  }
  throw new Error('nothing to verify: the value holds no JWT and no s: signed value');
}

/**
 * Hostile text must not drive the terminal nor hide itself: C0/C1 controls (ANSI sequences start with
 * ESC or U+009B), bidi overrides and zero-width characters are shown escaped (visible-text.ts).
 */
function safe(s: string, max = 500): string {
  const escaped = visibleText(s.slice(0, max + 1));
  return s.length > max ? `${escaped.slice(0, max)}… (${s.length} chars)` : escaped;
}

function oneLine(s: string): string {
  return safe(s.split('\n')[0] ?? '', 300);
}

function claimLines(jwt: DecodedJwt, indent: string): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(jwt.payload).slice(0, 100)) {
    const t = k === 'exp' || k === 'iat' || k === 'nbf' ? jwt.times[k] : undefined;
    const human = t ? `  ${t.date ?? '?'} (${t.relative})` : '';
    lines.push(`${indent}${safe(k, 80)}: ${safe(JSON.stringify(v) ?? 'undefined', 300)}${human}`);
  }
  return lines;
}

function render(
  d: DecodedValue,
  v: VerifyResult | null,
  weak: WeakSecretHit | null,
  findings: Finding[],
): string[] {
  const out: string[] = [];
  if (d.limited === 'input-too-large') out.push(`note: value over 64 KB, not decoded`);
  if (d.limited === 'json-too-deep')
    out.push(
      `note: decoded JSON nests deeper than ${MAX_DECODED_JSON_DEPTH} levels; deeper values are shown as "${TOO_DEEP_MARKER}" (the raw text is in the layers)`,
    );
  if (d.layers.length === 0) out.push('layers: none (plain value)');
  else out.push('layers:');
  d.layers.forEach((l, i) => {
    const conf = l.confidence < 1 ? ` [confidence ${l.confidence}]` : '';
    out.push(`  ${i + 1}. ${safe(l.label, 120)}${conf} → ${safe(l.text, 160)}`);
  });
  if (d.signed) out.push(`signed value: ${safe(d.signed.value, 200)}  signature: ${d.signed.signature}`);
  for (let jwt: DecodedJwt | undefined = d.jwt, depth = 0; jwt; jwt = jwt.nested, depth++) {
    const pad = '  '.repeat(depth);
    out.push(`${pad}${depth ? 'nested ' : ''}JWT header: ${safe(JSON.stringify(jwt.header), 400)}`);
    if (!jwt.nested) {
      out.push(`${pad}claims:`);
      out.push(...claimLines(jwt, `${pad}  `));
    }
    if (jwt.encoding === 'latin1') out.push(`${pad}note: not valid UTF-8, read as Latin-1`);
  }
  if (d.jwe)
    out.push(`JWE header: ${safe(JSON.stringify(d.jwe.header), 400)} (encrypted: claims not readable)`);
  if (d.jwtError) out.push(`looks like a JWT but: ${safe(d.jwtError.message)} [${d.jwtError.code}]`);
  if (d.jsonTokens && d.jsonTokens.length > 1) {
    out.push(`tokens in JSON: ${d.jsonTokens.map((t) => `${safe(t.path, 80)} (${t.kind})`).join(', ')}`);
  }
  if (v) out.push(`verification: ${v.status} (${safe(v.alg ?? 'no alg', 40)}) — ${safe(v.message)}`);
  if (d.jwt || d.signed) {
    out.push(
      weak
        ? `weak secret: ${safe(JSON.stringify(weak.secret))} signs this ${weak.kind === 'jwt' ? 'JWT' : 'value'}`
        : `weak secret: none of ${WEAK_SECRETS.length} well-known secrets`,
    );
  }
  if (findings.length > 0) {
    out.push('findings:');
    for (const f of findings) out.push(`  [${f.severity}] ${f.rule}: ${safe(f.message)}`);
  }
  return out;
}

function toJson(d: DecodedValue, v: VerifyResult | null, weak: WeakSecretHit | null, findings: Finding[]) {
  return {
    input: d.input,
    kind: d.kind,
    confidence: d.confidence,
    layers: d.layers,
    jwt: d.jwt ?? null,
    jwe: d.jwe ?? null,
    jwtError: d.jwtError ?? null,
    signed: d.signed ?? null,
    jsonTokens: d.jsonTokens ?? [],
    verification: v,
    weakSecret: weak,
    findings,
    ...(d.limited ? { limited: d.limited } : {}),
  };
}
