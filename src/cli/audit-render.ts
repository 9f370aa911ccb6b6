/** The audit's output for one or several files, in the chosen format. */

import { formatMarkdown } from '../core/report/report-markdown';
import type { Report } from '../core/report/report-types';
import { ALL_RULE_DOCS, ruleDoc } from '../core/rules/rule-docs';
import { humanJson } from '../core/text/visible-text';
import { formatSarif } from './format-sarif';
import { ANSI, PLAIN, useColor } from './format-style';
import { formatTable } from './format-table';

export interface AuditedFile {
  /** As given on the command line (`stdin` for `-`). */
  file: string;
  report: Report;
}

export function renderAudit(
  files: readonly AuditedFile[],
  format: 'table' | 'json' | 'md' | 'sarif',
  stdoutIsTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const [only] = files;
  switch (format) {
    case 'json':
      // One file: the report itself, exactly the library's audit(); several: which report is which.
      // humanJson: the same data, with bidi / zero-width / C1 characters as \uXXXX escapes.
      return humanJson(
        JSON.stringify(
          files.length === 1 ? only?.report : files.map((f) => ({ file: f.file, report: f.report })),
          null,
          2,
        ),
      );
    case 'sarif':
      return humanJson(formatSarif(files, ALL_RULE_DOCS));
    case 'md':
      return files.map((f) => formatMarkdown(f.report, f.file, ruleDoc)).join('\n\n');
    default: {
      const style = useColor(stdoutIsTTY, env) ? ANSI : PLAIN;
      return files.map((f) => formatTable(f.report, f.file, style)).join('\n\n');
    }
  }
}
