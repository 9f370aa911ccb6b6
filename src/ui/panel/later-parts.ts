/**
 * Everything the panel loads after its first paint, as one `import()` chunk (lazy-panes.ts). One chunk,
 * not one per part: the parts share code with each other and with the first paint, and esbuild makes a
 * shared chunk per combination of importers; per-part chunks cut the first paint's code into 13 files
 * gzipped apart, ~3 KB more than together (measured, issue #16).
 */
export { CookieDetail } from './cookie-detail';
export { downloadExport, exportFile } from './panel-exports';
export { TabViews } from './panel-views';
