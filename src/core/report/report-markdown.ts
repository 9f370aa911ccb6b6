/**
 * The report as GitHub-flavoured Markdown, to paste into an issue or a pull request: the CLI's
 * `--format md` and the panel's "Export Markdown" both use it.
 */

import { GRADE_FORMULA } from '../analysis/grade';
import type { RuleMeta } from '../rules/rule';
import type { Report, ReportCookie } from './report-types';

/** Cookie names and messages are hostile: escape Markdown/HTML so they render as text only. */
/** A flag as a word: unknown (never observed) is not "no". */
function yesNo(flag: boolean | null): string {
  return flag === null ? 'unknown' : flag ? 'yes' : 'no';
}

export function mdText(s: string, max = 200): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped on purpose.
  return cut.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&-]/g, (c) => `\\${c}`);
}

function code(s: string, max = 80): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped on purpose.
  const clean = cut.replace(/[\u0000-\u001f\u007f|]/g, ' ').replace(/`/g, "'");
  return `\`${clean}\``;
}

export function formatMarkdown(
  report: Report,
  file: string,
  rules: (id: string) => RuleMeta | undefined,
): string {
  const out: string[] = [];
  out.push(`# Cookie audit: ${mdText(file)}`);
  out.push('');
  out.push(
    `${report.exchanges} exchanges · ${report.cookies.length} cookies · ${report.findings.length} findings · cookie-lens ${report.tool.version}`,
  );
  out.push('');
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
    out.push(`Grade: ${GRADE_FORMULA}.`);
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
    out.push(mdText(f.message, 500) + (f.exchange ? ` (exchange ${code(f.exchange)})` : ''));
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
