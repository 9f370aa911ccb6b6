/**
 * `cookie-lens decode <value> [--secret S | --jwk FILE | --pem FILE] [--name COOKIE] [--json] [--fail-on L]`
 * (help.ts). Prints the layers, the JWT header and claims with human times, the verification result, any
 * well-known secret and the findings, most severe first. Exit 0 when the value was decoded, whatever the
 * verdict, unless `--fail-on` names a condition that holds (1); 2 for unusable input: no value,
 * unreadable or malformed key (docs/architecture.md §6: one line, no stack trace).
 */
import { verifyJwt } from '../core/jwt/verify-jwt';
import { keyFromText } from '../core/jwt/verify-key-text';
import type { VerifyKey, VerifyResult } from '../core/jwt/verify-types';
import { type Finding, SEVERITY_ORDER, type Severity } from '../core/model';
import { tokenFindings } from '../core/rules/jwt-findings';
import { findWeakSecret } from '../core/secrets/find-weak-secret';
import { humanJson } from '../core/text/visible-text';
import { decodeValue } from '../core/values/decode-value';
import type { DecodedValue } from '../core/values/value-types';
import { verifySignedValue } from '../core/values/verify-signed-value';
import { parseArgs } from './args';
import { decodedJson, oneLine, renderDecoded } from './decode-render';
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
    io.out(humanJson(JSON.stringify(decodedJson(decoded, verification, weak, findings), null, 2)));
  } else {
    for (const line of renderDecoded(decoded, verification, weak, findings)) io.out(line);
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
    const parsed = keyFromText('secret', options.secret);
    if (!parsed.ok) throw new UsageError(`--secret: ${parsed.message}`);
    return { key: parsed.key, source: '--secret' };
  }
  const file = options.jwk ?? options.pem;
  if (file === undefined) return null;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new Error(readError(file, e));
  }
  const parsed = keyFromText(options.pem !== undefined ? 'pem' : 'jwk', text);
  if (!parsed.ok) throw new Error(`${file}: malformed key: ${parsed.message}`);
  return { key: parsed.key, source: file };
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
