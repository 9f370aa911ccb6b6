/**
 * "Export Markdown" from the panel: the JSON report (core `buildReport`) as a Markdown document to paste
 * into an issue. A small builder of its own (the CLI's formatter lives in src/cli, another ring).
 * Names, values and messages are hostile: escaped so they render as text only.
 */
import type { Report } from '../../core/report/report-types';
import { ruleMeta } from '../../core/rules';

function text(s: string, max = 300): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped on purpose
  return cut.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&-]/g, (c) => `\\${c}`);
}

function code(s: string, max = 80): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped on purpose
  return `\`${cut.replace(/[\u0000-\u001f\u007f|]/g, ' ').replace(/`/g, "'")}\``;
}

export function reportMarkdown(report: Report, source: string): string {
  const out: string[] = [`# Cookie audit: ${text(source)}`, ''];
  out.push(
    `${report.exchanges} exchanges · ${report.cookies.length} cookies · ${report.findings.length} findings`,
    '',
  );
  out.push('## Findings', '');
  if (report.findings.length === 0) out.push('No findings.', '');
  for (const f of report.findings) {
    const where = f.cookie ? ` — ${code(f.cookie.name)} on ${code(f.cookie.domain + f.cookie.path)}` : '';
    out.push(`### ${f.severity.toUpperCase()} \`${f.rule}\`${where}`, '', text(f.message, 500), '');
    const why = ruleMeta(f.rule)?.why;
    if (why) out.push(`**Why:** ${text(why, 1000)}`, '');
    out.push(`**Fix:** ${text(f.fix, 1000)}`, '');
  }
  if (report.cookies.length > 0) {
    out.push(
      '## Cookies',
      '',
      '| Name | Scope | Lifetime | Secure | HttpOnly | SameSite | Role |',
      '|---|---|---|---|---|---|---|',
    );
    for (const c of report.cookies) {
      out.push(
        `| ${code(c.name)} | ${code(c.domain + c.path)} | ${c.lifetime}${c.jwt ? ' (JWT)' : ''} | ${c.secure ? 'yes' : 'no'} | ${c.httpOnly ? 'yes' : 'no'} | ${c.sameSite ?? '—'} | ${c.role} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
