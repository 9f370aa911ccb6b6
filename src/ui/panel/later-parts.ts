/**
 * Everything the panel loads after its first paint, as one `import()` chunk (lazy-panes.ts): the
 * views, the detail pane, the exports, the jar join (use-joined-analysis.ts) and its status line, the
 * HAR reader (the in-thread import job without a worker, the store's one-go importHar; the worker has
 * its own copy) and what reads an import's worker and shows its progress (import-control.ts,
 * panel-notices.tsx).
 * One chunk, not one per part: the parts share code with each other and with the first paint, and
 * esbuild makes a shared chunk per combination of importers; per-part chunks cut the first paint's
 * code into up to 13 files gzipped apart, ~3 KB more than together (measured, issue #16).
 */
export { joinJar } from '../../core/analysis/jar-join';
export { parseHarJson } from '../../core/har/har-text';
export { harToExchanges } from '../../core/har/har-to-exchanges';
export { CookieDetail } from './cookie-detail';
export { readImport } from './import/import-job';
export { ImportNotice } from './import/import-notice';
export { ImportRunner } from './import/import-runner';
export { JarStatus } from './jar-status';
export { ColumnMenu } from './layout/column-menu';
export { downloadExport, exportFile } from './panel-exports';
export { TabViews } from './panel-views';
