/** `--format table`: what a developer reads in a terminal — sites and grades, cookies, findings. */
import { plural } from '../core/report/plural';
import type { Report, ReportCookie } from '../core/report/report-types';
import { pad, type Style, safe } from './format-style';

function lifetimeCell(c: ReportCookie): string {
  if (c.lifetime === 'persistent' && c.expires) return `persistent → ${c.expires.slice(0, 10)}`;
  return c.lifetime;
}

function flags(c: ReportCookie): string {
  // Only seen sent: the flags were never observed (unknown is not "absent").
  if (c.attributesFrom === null) return 'unknown (never set)';
  const f: string[] = [];
  if (c.secure === true) f.push('Secure');
  if (c.httpOnly === true) f.push('HttpOnly');
  if (c.sameSite && c.sameSite !== 'unspecified') f.push(`SameSite=${c.sameSite}`);
  if (c.partitioned) f.push('Partitioned');
  return f.join(' ') || '-';
}

function table(rows: string[][], header: string[], style: Style): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [style.bold(line(header)), ...rows.map(line)];
}

export function formatTable(report: Report, file: string, style: Style): string {
  const out: string[] = [];
  out.push(
    style.bold(
      `cookie-lens ${report.tool.version} — ${safe(file, 200)}: ${plural(report.exchanges, 'exchange')}, ${plural(report.cookies.length, 'cookie')}`,
    ),
  );
  out.push('');
  for (const l of report.limits ?? []) out.push(style.bold(`not fully read: ${safe(l.message, 300)}`));
  if (report.limits?.length) out.push('');
  if (report.sites.length > 0) {
    const rows = report.sites.map((s) => [
      safe(s.site, 60),
      s.grade,
      String(s.cookies),
      String(s.session),
      String(s.persistent),
      String(s.deleted),
      String(s.auth),
      String(s.jwt),
      String(s.thirdParty),
      `${s.findings.high}/${s.findings.medium}/${s.findings.low}/${s.findings.info}`,
    ]);
    const header = [
      'site',
      'grade',
      'cookies',
      'session',
      'persistent',
      'deleted',
      'auth',
      'jwt',
      '3rd-party',
      'h/m/l/i',
    ];
    out.push(...table(rows, header, style));
    out.push('');
  }
  if (report.cookies.length > 0) {
    const rows = report.cookies.map((c) => [
      safe(c.name, 40),
      safe(c.domain + c.path, 50),
      lifetimeCell(c),
      flags(c),
      c.role + (c.jwt ? ' (JWT)' : ''),
      `${c.setBy.length}/${c.sentOn.length}`,
    ]);
    out.push(...table(rows, ['cookie', 'scope', 'lifetime', 'flags', 'role', 'set/sent'], style));
    out.push('');
  }
  if (report.findings.length === 0) {
    out.push('No findings.');
  } else {
    out.push(style.bold(plural(report.findings.length, 'finding')));
    for (const f of report.findings) {
      const where = f.cookie
        ? `${safe(f.cookie.name, 40)} @ ${safe(f.cookie.domain + f.cookie.path, 50)}`
        : '(request header)';
      out.push(`${style.severity(f.severity, pad(f.severity.toUpperCase(), 6))} ${f.rule}  ${where}`);
      out.push(`       ${safe(f.message, 200)}`);
      // Which request shows it: a person looks up the method and URL, not our exchange id.
      if (f.request)
        out.push(style.dim(`       request: ${safe(f.request, 200)}${f.exchange ? ` (${f.exchange})` : ''}`));
      else if (f.exchange) out.push(style.dim(`       exchange: ${f.exchange}`));
      out.push(style.dim(`       fix: ${safe(f.fix, 300)}`));
    }
  }
  return out.join('\n');
}
