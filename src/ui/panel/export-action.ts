/**
 * The toolbar's Export: builds the file from what the panel shows and downloads it (or hands it to
 * `onExport` in tests). The export code is a lazy chunk (lazy-panes.ts), preloaded once the log is read,
 * so normally it runs within the click; else it runs when the chunk has loaded.
 */
import type { Analysis } from '../../core/analysis/analyzer';
import type { JarSnapshot } from '../../core/analysis/jar-types';
import type { Exchange } from '../../core/model';
import { panelExports } from './lazy-panes';
import type { ExportFile } from './panel-exports';
import type { ExportKind } from './panel-toolbar';

export interface ExportRequest {
  kind: ExportKind;
  analysis: Analysis;
  exchanges: Exchange[];
  /** The imported file's name, or null for the live capture. */
  imported: string | null;
  masked: boolean;
  jar: JarSnapshot | null;
}

/** `done` gets the file once written; `failed` when the export code could not be loaded. */
export function runExport(
  req: ExportRequest,
  deliver: ((file: ExportFile) => void) | undefined,
  done: (file: ExportFile) => void,
  failed: () => void,
): void {
  const run = ({ exportFile, downloadExport }: NonNullable<ReturnType<typeof panelExports.get>>) => {
    const source = req.imported ?? 'DevTools capture';
    const file = exportFile(req.kind, req.analysis, req.exchanges, source, new Date(), {
      masked: req.masked,
      jar: req.jar,
    });
    if (deliver) deliver(file);
    else downloadExport(file);
    done(file);
  };
  const loaded = panelExports.get();
  if (loaded) run(loaded);
  else void panelExports.load().then(run, failed);
}
