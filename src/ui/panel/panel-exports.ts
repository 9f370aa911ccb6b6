/** Export JSON (core report, DESIGN §6) / Markdown / HAR from what the panel holds. */
import type { Analysis } from '../../core/analysis/analyzer';
import type { Exchange } from '../../core/model';
import { buildReport } from '../../core/report/build-report';
import { formatMarkdown } from '../../core/report/report-markdown';
import { ruleMeta } from '../../core/rules';
import { downloadText } from './download';
import { exchangesToHar } from './exchanges-to-har';
import type { ExportKind } from './panel-toolbar';

export interface ExportFile {
  filename: string;
  text: string;
  mime: string;
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
): ExportFile {
  const base = `cookie-lens-${stamp(now)}`;
  if (kind === 'har') {
    return {
      filename: `${base}.har`,
      text: JSON.stringify(exchangesToHar(exchanges), null, 1),
      mime: 'application/json',
    };
  }
  const report = buildReport(analysis);
  if (kind === 'md')
    return { filename: `${base}.md`, text: formatMarkdown(report, source, ruleMeta), mime: 'text/markdown' };
  return { filename: `${base}.json`, text: JSON.stringify(report, null, 2), mime: 'application/json' };
}

export function downloadExport(file: ExportFile): void {
  downloadText(file.filename, file.text, file.mime);
}
