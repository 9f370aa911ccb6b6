/**
 * The shape check of the background's `getTabSummary` answer (messages.ts). It crosses a process
 * boundary — and after an update the background may be an older version than the popup — so what is
 * well-formed is kept and the rest dropped. Pure, so the UI tests run replies through it.
 */
import type { Grade } from '../core/analysis/site-summary';
import type { TabSummary } from '../core/analysis/tab-summary';
import type { RejectCode } from '../core/cookie/types';
import type { CookieRef, Finding, Severity } from '../core/model';
import { type SummaryRead, TOP_FINDINGS } from './tab-summary';

type Loose = Record<string, unknown>;

const SEVERITIES: readonly string[] = ['high', 'medium', 'low', 'info'] satisfies Severity[];
const GRADES: readonly string[] = ['A', 'B', 'C', 'D', 'F'] satisfies Grade[];
const COUNT_KEYS = [
  'sites',
  'cookies',
  'session',
  'persistent',
  'unknown',
  'deleted',
  'auth',
  'jwt',
  'thirdParty',
] as const;

const isObject = (x: unknown): x is Loose => x !== null && typeof x === 'object' && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const countOr0 = (x: unknown): number => (isCount(x) ? x : 0);
const strings = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];

function readSummary(x: unknown): TabSummary | null {
  if (!isObject(x) || !isObject(x.findings) || !GRADES.includes(x.grade as string)) return null;
  const f = x.findings;
  if (!COUNT_KEYS.every((k) => isCount(x[k])) || !isCount(x.score)) return null;
  if (!SEVERITIES.every((s) => isCount(f[s]))) return null;
  const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, x[k] as number])) as Record<
    (typeof COUNT_KEYS)[number],
    number
  >;
  return {
    ...counts,
    findings: {
      high: f.high as number,
      medium: f.medium as number,
      low: f.low as number,
      info: f.info as number,
    },
    score: x.score,
    grade: x.grade as Grade,
    ...machineSide(x),
  };
}

/** The "fine on this machine" side of the grade; an older background without it grades as production. */
function machineSide(x: Loose): Pick<TabSummary, 'localOnly' | 'machineScore' | 'machineGrade'> {
  const l = isObject(x.localOnly) ? x.localOnly : {};
  const localOnly = {
    high: countOr0(l.high),
    medium: countOr0(l.medium),
    low: countOr0(l.low),
    info: countOr0(l.info),
  };
  const known = isCount(x.machineScore) && GRADES.includes(x.machineGrade as string);
  return {
    localOnly,
    machineScore: known ? (x.machineScore as number) : (x.score as number),
    machineGrade: known ? (x.machineGrade as Grade) : (x.grade as Grade),
  };
}

function readCookieRef(x: unknown): CookieRef | null {
  if (!isObject(x)) return null;
  const { name, domain, path } = x;
  return typeof name === 'string' && typeof domain === 'string' && typeof path === 'string'
    ? { name, domain, path }
    : null;
}

function readFinding(x: unknown): Finding | null {
  if (!isObject(x)) return null;
  const { rule, severity, message } = x;
  if (typeof rule !== 'string' || !SEVERITIES.includes(severity as string)) return null;
  if (typeof message !== 'string') return null;
  return {
    rule,
    severity: severity as Severity,
    cookie: readCookieRef(x.cookie),
    exchanges: strings(x.exchanges),
    message,
    // The values the message quotes: what "Mask values" hides in the popup (issue #19).
    ...(Array.isArray(x.quoted) ? { quoted: strings(x.quoted) } : {}),
    ...(x.localOnly === true ? { localOnly: true as const } : {}),
    // A rejection's reason: the popup words it (core/rules/finding-message.ts); the background does not.
    ...(typeof x.rejectReason === 'string' ? { rejectReason: x.rejectReason as RejectCode } : {}),
  };
}

export function readSummaryReply(reply: unknown): SummaryRead {
  if (!isObject(reply)) return { ok: false, code: 'no-reply', message: 'the background did not answer' };
  if (reply.ok !== true) {
    return {
      ok: false,
      code: typeof reply.code === 'string' ? reply.code : 'failed',
      message: typeof reply.message === 'string' ? reply.message : 'the background refused',
    };
  }
  const findings = Array.isArray(reply.topFindings)
    ? reply.topFindings
        .slice(0, TOP_FINDINGS)
        .map(readFinding)
        .filter((f): f is Finding => f !== null)
    : [];
  return {
    ok: true,
    captured: reply.captured === true,
    pageUrl: typeof reply.pageUrl === 'string' ? reply.pageUrl : null,
    exchanges: countOr0(reply.exchanges),
    dropped: countOr0(reply.dropped),
    summary: readSummary(reply.summary),
    topFindings: findings,
    totalFindings: Math.max(countOr0(reply.totalFindings), findings.length),
    topLevelSite: typeof reply.topLevelSite === 'string' ? reply.topLevelSite : null,
  };
}
