/** The toolbar's Export, wired to the store (export-action.ts), and the note naming the file it wrote. */
import { useState } from 'preact/hooks';
import { type ExportRequest, runExport } from './export-action';
import type { ExportFile } from './panel-exports';
import type { PanelStore } from './panel-store';
import type { ExportKind } from './panel-toolbar';

/** What the export shows besides the log's exchanges, which it reads from the store when it runs. */
export type ExportView = Omit<ExportRequest, 'kind' | 'exchanges'>;

export function usePanelExport(store: PanelStore, view: ExportView, onExport?: (file: ExportFile) => void) {
  const [exported, setExported] = useState<string | null>(null);
  const doExport = (kind: ExportKind) => {
    const req: ExportRequest = { kind, ...view, exchanges: store.exchanges() };
    // Shown where import errors are: the panel's one error line.
    const failed = () => store.failImport('Export', 'the export code could not be loaded; reopen DevTools');
    runExport(req, onExport, (file) => setExported(file.filename), failed);
  };
  return { exported, doExport, dismiss: () => setExported(null) };
}
