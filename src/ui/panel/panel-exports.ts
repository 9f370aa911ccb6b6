/** Export JSON (core report, docs/architecture.md §6) / Markdown / HAR from what the panel holds. */
import type { Analysis } from '../../core/analysis/analyzer';
import type { JarSnapshot } from '../../core/analysis/jar-types';
import type { Exchange } from '../../core/model';
import { buildReport } from '../../core/report/build-report';
import { formatMarkdown } from '../../core/report/report-markdown';
import { ruleDoc } from '../../core/rules/rule-docs';
import { humanJson } from '../../core/text/visible-text';
import { MASK } from '../kit/display-text';
import { downloadText } from './download';
import { exchangesToHar } from './exchanges-to-har';
import { knownValues, MASKED_NOTE, maskExchanges, maskReport } from './masked-export';
import type { ExportKind } from './panel-toolbar';

export interface ExportFile {
  filename: string;
  text: string;
  mime: string;
}

export interface ExportOptions {
  /**
   * "Mask values" is on: every export masks what it writes (headers, jar values, messages, claims) and
   * says so (masked-export.ts).
   */
  masked?: boolean;
  /** The browser's jar the panel joined (issue #13), carried in the HAR as `_cookieLensJar`. */
  jar?: JarSnapshot | null;
}

/**
 * The jar facts with their source, as a HAR custom field (HAR 1.2 allows fields starting with "_").
 * The Set-Cookie facts are the entries' own headers; these are the ones no header carried.
 */
function harJar(jar: JarSnapshot, masked: boolean): object {
  return {
    source: 'the browser\u2019s jar (cookies.getAll)',
    pageUrl: jar.pageUrl,
    readAt: new Date(jar.readAt).toISOString(),
    readHosts: jar.readHosts,
    unreadHosts: jar.unreadHosts,
    cookies: jar.cookies.map((c) => ({
      name: c.name,
      value: masked ? MASK : c.value,
      domain: c.domain,
      path: c.path,
      hostOnly: c.hostOnly,
      expires: c.expiresAt === null ? null : new Date(c.expiresAt).toISOString(),
      session: c.expiresAt === null,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite ?? 'unspecified',
      partitionKey: c.partitionKey,
    })),
  };
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

export function exportFile(
  kind: ExportKind,
  analysis: Analysis,
  exchanges: readonly Exchange[],
  source: string,
  now = new Date(),
  opts: ExportOptions = {},
): ExportFile {
  const base = `cookie-lens-${stamp(now)}`;
  const masked = opts.masked === true;
  if (kind === 'har') {
    const har = exchangesToHar(masked ? maskExchanges(exchanges, knownValues(analysis)) : exchanges) as {
      log: Record<string, unknown>;
    };
    if (masked) {
      har.log.comment = MASKED_NOTE;
      har.log._cookieLensMasked = true;
    }
    if (opts.jar) har.log._cookieLensJar = harJar(opts.jar, masked);
    return {
      filename: `${base}.har`,
      text: humanJson(JSON.stringify(har, null, 1)),
      mime: 'application/json',
    };
  }
  // The exchanges make the report's `requests` (with each Set-Cookie line's verdict) and name each
  // finding's request, as `cookie-lens audit` does: the panel's file is the CLI's report.
  const full = buildReport(analysis, { exchanges });
  const report = masked ? maskReport(full, analysis) : full;
  if (kind === 'md')
    return { filename: `${base}.md`, text: formatMarkdown(report, source, ruleDoc), mime: 'text/markdown' };
  return {
    filename: `${base}.json`,
    text: humanJson(JSON.stringify(report, null, 2)),
    mime: 'application/json',
  };
}

export function downloadExport(file: ExportFile): void {
  downloadText(file.filename, file.text, file.mime);
}
