/**
 * The report as GitHub-flavoured Markdown, to paste into an issue or a pull request: the CLI's
 * `--format md` and the panel's "Export Markdown" both use it.
 */

import { GRADE_FORMULA } from '../analysis/grade';
import type { RuleTexts } from '../rules/rule';
import { visibleText } from '../text/visible-text';
import { plural } from './plural';
import type { Report, ReportCookie } from './report-types';

/** A flag as a word: unknown (never observed) is not "no". */
function yesNo(flag: boolean | null): string {
  return flag === null ? 'unknown' : flag ? 'yes' : 'no';
}

/** Text outside code: escape what could make markup (emphasis, links, HTML, table cells), nothing else. */
function escapeText(s: string): string {
  return s.replace(/[\\*_[\]<>|~]/g, (c) => `\\${c}`);
}

/**
 * Cookie names and messages are hostile, and our own texts put code in backticks (`openssl rand -hex 32`).
 * Backtick spans stay code spans (nothing inside a code span is markup; a `|` is escaped for tables);
 * the rest is escaped only where Markdown would read markup, so the file also reads as plain text:
 * `(`, `.`, `-` and `{}` stay as they are. An unpaired backtick is escaped.
 */
export function mdText(s: string, max = 200): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // Controls, bidi and zero-width characters are shown as `\u202E` (visible-text.ts, "Trojan Source").
  const parts = visibleText(cut).split('`');
  const paired = parts.length % 2 === 1;
  return parts
    .map((part, i) => {
      const inCode = i % 2 === 1 && (paired || i < parts.length - 1);
      if (inCode) return `\`${part.replace(/\|/g, '\\|')}\``;
      return (i > 0 && !paired && i === parts.length - 1 ? '\\`' : '') + escapeText(part);
    })
    .join('');
}

/** Hostile text as one code span: backticks become quotes, pipes spaces (table cells). */
function code(s: string, max = 80): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // Controls, bidi and zero-width characters shown as `\u202E` (visible-text.ts); pipes end table cells.
  const clean = visibleText(cut).replace(/\|/g, ' ').replace(/`/g, "'");
  return `\`${clean}\``;
}

/** A finding's message with its cookie's name as code, as the rules' own texts do where they can. */
function mdMessage(message: string, cookieName: string | undefined, max: number): string {
  if (!cookieName || cookieName.includes('`') || message.includes('`') || !message.includes(cookieName))
    return mdText(message, max);
  return mdText(message.split(cookieName).join(`\`${cookieName}\``), max);
}

export function formatMarkdown(
  report: Report,
  file: string,
  rules: (id: string) => RuleTexts | undefined,
): string {
  const out: string[] = [];
  out.push(`# Cookie audit: ${mdText(file)}`);
  out.push('');
  out.push(
    `${plural(report.exchanges, 'exchange')} · ${plural(report.cookies.length, 'cookie')} · ${plural(report.findings.length, 'finding')} · cookie-lens ${report.tool.version}`,
  );
  out.push('');
  if (report.masked) {
    out.push(
      '> **Values masked**: exported with "Mask values" on; cookie values and claims are replaced by a mask.',
    );
    out.push('');
  }
  for (const l of report.limits ?? []) {
    out.push(`> **Not fully read**: ${mdText(l.message, 400)}`);
    out.push('');
  }
  if (report.sites.length > 0) {
    out.push('## Sites');
    out.push('');
    out.push(
      '| Site | Grade | Cookies | Session | Persistent | Deleted | Auth | JWT | Third-party | High | Medium | Low | Info |',
    );
    out.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const s of report.sites) {
      const f = s.findings;
      out.push(
        `| ${code(s.site)} | **${s.grade}** (${s.score}) | ${s.cookies} | ${s.session} | ${s.persistent} | ${s.deleted} | ${s.auth} | ${s.jwt} | ${s.thirdParty} | ${f.high} | ${f.medium} | ${f.low} | ${f.info} |`,
      );
    }
    out.push('');
    out.push(`Grade: \`${GRADE_FORMULA}\``);
    out.push('');
  }
  out.push('## Findings');
  out.push('');
  if (report.findings.length === 0) out.push('No findings.');
  for (const f of report.findings) {
    const meta = rules(f.rule);
    const where = f.cookie ? ` — ${code(f.cookie.name)} on ${code(f.cookie.domain + f.cookie.path)}` : '';
    out.push(`### ${f.severity.toUpperCase()} \`${f.rule}\`${where}`);
    out.push('');
    out.push(mdMessage(f.message, f.cookie?.name, 500));
    out.push('');
    if (f.request) out.push(`Request: ${code(f.request, 300)}${f.exchange ? ` (${code(f.exchange)})` : ''}`);
    else if (f.exchange) out.push(`Exchange: ${code(f.exchange)}`);
    out.push('');
    if (meta) out.push(`**Why:** ${mdText(meta.why, 1000)}`, '');
    out.push(`**Fix:** ${mdText(f.fix, 1000)}`, '');
    if (f.refs.length > 0) out.push(`**Refs:** ${f.refs.map((r) => mdText(r)).join(' · ')}`, '');
  }
  if (report.cookies.length > 0) {
    const notes = report.cookies.filter((c) => c.jar?.explanation);
    if (notes.length > 0) {
      out.push('## Headers vs the browser’s jar', '');
      for (const c of notes) {
        out.push(`- ${code(c.name)} on ${code(c.domain + c.path)}: ${mdText(c.jar?.explanation ?? '', 500)}`);
      }
      out.push('');
    }
    out.push('## Cookies');
    out.push('');
    out.push(
      '| Name | Scope | Lifetime | Expires | Secure | HttpOnly | SameSite | Attributes from | Role | Set / sent |',
    );
    out.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const c of report.cookies) {
      out.push(
        `| ${code(c.name)} | ${code(c.domain + c.path)} | ${c.lifetime}${c.jwt ? ' (JWT)' : ''} | ${c.expires ?? ''} | ${yesNo(c.secure)} | ${yesNo(c.httpOnly)} | ${c.sameSite ?? 'unknown'} | ${attributesFrom(c)} | ${c.role} | ${c.setBy.length} / ${c.sentOn.length} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** Where a cookie's attributes come from (issue #13): the Set-Cookie header, the browser's jar, or nowhere. */
function attributesFrom(c: ReportCookie): string {
  const base =
    c.attributesFrom === 'jar'
      ? 'browser’s jar'
      : c.attributesFrom === 'set-cookie'
        ? 'Set-Cookie'
        : 'unknown';
  if (c.jar?.scriptSet) return `${base}, set by a script`;
  if (c.jar && !c.jar.inJar && c.jar.reason) return `${base}, not in the browser’s jar`;
  return base;
}
