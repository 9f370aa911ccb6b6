/**
 * What the panel loads after its first paint (issue #16): the Requests, Flow and Findings tabs, the
 * cookie detail pane, the column menu, the exports, the jar join, the HAR reader and the import's
 * runner and notice, as one `import()` chunk (later-parts.ts). The first rows need none of them; they
 * were ~60 KB of the panel's minified bundle, parsed before anything showed.
 */
import { lazyComponent, lazyModule } from '../kit/lazy';
import type { CookieDetailProps } from './cookie-detail';
import type { ImportNoticeProps } from './import/import-notice';
import type { ColumnMenuProps } from './layout/column-menu';
import type { TabViewsProps } from './panel-views';

export const later = lazyModule(() => import('./later-parts'));
const detailModule = lazyModule(() => later.load().then((m) => m.CookieDetail));
const viewsModule = lazyModule(() => later.load().then((m) => m.TabViews));

export const CookieDetail = lazyComponent<CookieDetailProps>(detailModule, 'cookie details');
export const TabViews = lazyComponent<TabViewsProps>(viewsModule, 'view');
export const panelExports = later;
/** Opened from a column header's menu: shown at a click, never in the first paint. */
export const ColumnMenu = lazyComponent<ColumnMenuProps>(
  lazyModule(() => later.load().then((m) => m.ColumnMenu)),
  'column menu',
);

/** An import's progress and notes: only after a file was dropped or picked (its runner loads the chunk too). */
export const ImportNotice = lazyComponent<ImportNoticeProps>(
  lazyModule(() => later.load().then((m) => m.ImportNotice)),
  'import notice',
);

let preloading = false;

/**
 * Loads the chunks in an idle moment once the log is read, so the first click on a row, a tab or
 * Export waits on nothing; a slow first paint is not made slower by compiling them meanwhile.
 */
export function preloadPanelChunks(): void {
  if (preloading) return;
  preloading = true;
  const load = () => {
    void CookieDetail.preload();
    void TabViews.preload();
    void ColumnMenu.preload();
    void ImportNotice.preload();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
