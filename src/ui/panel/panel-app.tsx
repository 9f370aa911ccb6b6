/**
 * The DevTools panel app (docs/architecture.md §7): toolbar, notices, tabs (Cookies, Requests, Flow,
 * Findings) with the cookie detail pane, and a status bar. Composition only: the state lives in the
 * panel's store (panel-store.ts) and in small hooks — selection, the filter, export — and each part
 * gets what it shows through props. Renders what core computed; no extension APIs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isFiltering } from './cookie-filter';
import { importHarFile } from './import/har-file-import';
import type { JarStore } from './jar-store';
import { COMPACT_TOOLBAR_BELOW, detailPlacement } from './layout/detail-placement';
import { useSize, viewportSize } from './layout/use-size';
import { preloadPanelChunks } from './lazy-panes';
import type { ExportFile } from './panel-exports';
import { PanelMain } from './panel-main';
import { ExportNote, emptyText } from './panel-notes';
import { PanelNotices } from './panel-notices';
import { PanelStatus } from './panel-status';
import type { PanelStore } from './panel-store';
import { PanelToolbar } from './panel-toolbar';
import type { TabId } from './panel-views';
import { useFileDrop } from './use-file-drop';
import { useJarRequestUrls } from './use-jar-request-urls';
import { useJarState } from './use-jar-state';
import { useJoinedAnalysis } from './use-joined-analysis';
import { usePanelExport } from './use-panel-export';
import { usePanelSelection } from './use-panel-selection';
import { usePanelShortcuts } from './use-panel-shortcuts';
import { usePanelState } from './use-panel-state';
import { useSelectedCookie } from './use-selected-cookie';
import { useShownCookies } from './use-shown-cookies';

export interface PanelAppProps {
  store: PanelStore;
  /** The browser's jar for the inspected page (issue #13); absent on a plain page or an import-only panel. */
  jar?: JarStore;
  initialTab?: TabId;
  initialMasked?: boolean;
  /** Called with each export instead of downloading it (tests). */
  onExport?: (file: ExportFile) => void;
  /** Whether an Esc that closed the pane is consumed (false in Firefox: use-panel-keys.ts). */
  consumeEscape?: boolean;
}

export function PanelApp({ store, jar, initialTab = 'cookies', initialMasked = false, ...p }: PanelAppProps) {
  const state = usePanelState(store);
  const jarState = useJarState(jar);
  // An imported HAR is another capture: the live page's jar does not describe it.
  const snapshot = state.imported === null ? (jarState?.snapshot ?? null) : null;
  const analysis = useJoinedAnalysis(state.analysis, snapshot);
  useJarRequestUrls(jar, store, state, jarState?.navigations ?? 0);
  // The views, detail pane and exports load in an idle moment once the log is read (lazy-panes.ts).
  useEffect(() => {
    if (!state.loading) preloadPanelChunks();
  }, [state.loading]);
  const sel = usePanelSelection(initialTab);
  const shown = useShownCookies(analysis);
  const selected = useSelectedCookie(analysis, sel);
  const [masked, setMasked] = useState(initialMasked);
  const appRef = useRef<HTMLDivElement>(null);
  const size = useSize(appRef, viewportSize);
  const filterRef = useRef<HTMLInputElement>(null);
  usePanelShortcuts(filterRef, selected.cookie !== undefined, sel.closePane, p.consumeEscape ?? true);
  const importFile = (file: File) => importHarFile(store, file, () => sel.select(null));
  const drop = useFileDrop(importFile);
  const exports = usePanelExport(
    store,
    { analysis, imported: state.imported, masked, jar: snapshot },
    p.onExport,
  );
  const empty = emptyText(
    analysis.cookies.length,
    state.loading,
    jar !== undefined,
    isFiltering(shown.filter),
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: drop target for HAR files; the toolbar's Import button is the keyboard path
    <div
      ref={appRef}
      class={drop.dragging ? 'app dragging' : 'app'}
      data-testid="panel-app"
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
    >
      <h1 class="sr">Cookie Lens</h1>
      <PanelToolbar
        recording={state.recording}
        preserveLog={state.preserveLog}
        masked={masked}
        filter={shown.filter}
        filterRef={filterRef}
        compact={size.width > 0 && size.width < COMPACT_TOOLBAR_BELOW}
        filterScope="cookies"
        onRecord={(on) => store.setRecording(on)}
        onClear={() => {
          store.clear();
          sel.reset();
        }}
        onPreserveLog={(on) => store.setPreserveLog(on)}
        onMask={setMasked}
        onFilter={shown.setFilter}
        onImport={importFile}
        onExport={exports.doExport}
      />
      <PanelNotices store={store} state={state} jar={jar} jarState={jarState} analysis={analysis} />
      <PanelMain
        {...{ store, analysis, shown, sel, selected, masked, empty }}
        requestCount={state.requestCount}
        placement={detailPlacement(size.width, size.height)}
      />
      <ExportNote filename={exports.exported} onDismiss={exports.dismiss} />
      <PanelStatus
        state={analysis === state.analysis ? state : { ...state, analysis }}
        shownCookies={shown.cookies.length}
      />
    </div>
  );
}
