/**
 * The DevTools panel app (docs/architecture.md §7): toolbar, tabs (Cookies, Requests, Flow, Findings), the cookie
 * detail pane and a status bar. Renders what core computed, through the store; no extension APIs.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { beforeCaptureCount } from '../../core/analysis/before-capture';
import type { CookieRef } from '../../core/model';
import { Tabs } from '../kit/tabs';
import { type CookieFilter, filterCookies, isFiltering, NO_FILTER } from './cookie-filter';
import { findingKeyOf, findingsByCookie, refKey } from './cookie-row-model';
import { CookiesView } from './cookies-view';
import { runExport } from './export-action';
import { ImportNotice } from './import/import-notice';
import { IMPORT_TOO_LARGE, MAX_IMPORT_CHARS } from './import/log-import';
import { JarNotice } from './jar-notice';
import type { JarStore } from './jar-store';
import { COMPACT_TOOLBAR_BELOW, detailPlacement } from './layout/detail-placement';
import { SplitPane } from './layout/split-pane';
import { useHiddenColumns } from './layout/use-hidden-columns';
import { usePanelKeys } from './layout/use-panel-keys';
import { useSize } from './layout/use-size';
import { CookieDetail, preloadPanelChunks, TabViews } from './lazy-panes';
import type { ExportFile } from './panel-exports';
import { ExportNote, emptyText, ImportError } from './panel-notes';
import { PanelStatus } from './panel-status';
import type { PanelStore } from './panel-store';
import { type ExportKind, PanelToolbar } from './panel-toolbar';
import type { TabId } from './panel-views';
import { RecordHint } from './record-hint';
import { useJarState } from './use-jar-state';
import { useJoinedAnalysis } from './use-joined-analysis';
import { usePanelState } from './use-panel-state';

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

export function PanelApp({
  store,
  jar,
  initialTab = 'cookies',
  initialMasked = false,
  onExport,
  consumeEscape = true,
}: PanelAppProps) {
  const state = usePanelState(store);
  const jarState = useJarState(jar);
  // An imported HAR is another capture: the live page's jar does not describe it.
  const snapshot = state.imported === null ? (jarState?.snapshot ?? null) : null;
  const analysis = useJoinedAnalysis(state.analysis, snapshot);
  const beforeCapture = useMemo(() => beforeCaptureCount(state.analysis.cookies), [state.analysis]);
  // The jar is read for the origins the page's requests went to, not only the page's own.
  useEffect(() => {
    if (jar && state.imported === null) jar.setRequestUrls(store.exchanges().map((e) => e.url));
  }, [jar, store, state.requestCount, state.imported]);
  // The views, detail pane and exports load in an idle moment once the log is read (lazy-panes.ts).
  useEffect(() => {
    if (!state.loading) preloadPanelChunks();
  }, [state.loading]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  // The row selection and the open pane are apart: ↑/↓ browse rows without covering the list (issue #18).
  const [paneOpen, setPaneOpen] = useState(false);
  const [selectedExchange, setSelectedExchange] = useState<string | null>(null);
  // The Flow view's traced cookie follows the selection, but survives closing the detail pane (Esc).
  const [tracedKey, setTracedKey] = useState<string | null>(null);
  const select = (key: string | null, open = true) => {
    setSelectedKey(key);
    if (key !== null) setTracedKey(key);
    if (open) setPaneOpen(key !== null);
  };
  const closePane = () => setPaneOpen(false);
  const appRef = useRef<HTMLDivElement>(null);
  const size = useSize(appRef);
  const placement = detailPlacement(size.width, size.height);
  const [hiddenColumns, toggleColumn] = useHiddenColumns();
  const [exported, setExported] = useState<string | null>(null);
  const [filter, setFilter] = useState<CookieFilter>(NO_FILTER);
  const [masked, setMasked] = useState(initialMasked);
  const [dragging, setDragging] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);

  const tallies = useMemo(() => findingsByCookie(analysis.findings), [analysis]);
  const cookies = useMemo(
    () => filterCookies(analysis.cookies, filter, tallies, analysis.now),
    [analysis, filter, tallies],
  );
  const selected =
    selectedKey === null || !paneOpen ? undefined : analysis.cookies.find((c) => c.key === selectedKey);
  const selectedFindings = useMemo(
    () =>
      selected
        ? analysis.findings.filter(
            (f) =>
              f.cookie && refKey(f.cookie.name, f.cookie.domain, f.cookie.path) === findingKeyOf(selected),
          )
        : [],
    [analysis, selected],
  );

  const selectExchange = (id: string) => {
    setSelectedExchange(id);
    setTab('requests');
  };

  usePanelKeys({
    onFind: () => {
      filterRef.current?.focus();
      filterRef.current?.select();
    },
    onEscape: () => {
      if (!selected) return false;
      closePane();
      return true;
    },
    consumeEscape,
  });

  const importFile = (file: File) => {
    // Refuse an oversized file before reading it into memory.
    if (file.size > MAX_IMPORT_CHARS) {
      store.failImport(file.name, IMPORT_TOO_LARGE);
      return;
    }
    // Bytes, not file.text(): the core decodes by BOM (Fiddler's UTF-8 BOM, UTF-16 exports).
    // Parsed in the import worker and analysed in slices: the panel stays responsive (issue #19).
    void file.arrayBuffer().then(
      (bytes) => {
        select(null);
        store.startImport(bytes, file.name);
      },
      () => store.failImport(file.name, 'the file could not be read'),
    );
  };

  const doExport = (kind: ExportKind) => {
    const req = {
      kind,
      analysis,
      exchanges: store.exchanges(),
      imported: state.imported,
      masked,
      jar: snapshot,
    };
    // Shown where import errors are: the panel's one error line.
    const failed = () => store.failImport('Export', 'the export code could not be loaded; reopen DevTools');
    runExport(req, onExport, (file) => setExported(file.filename), failed);
  };

  const empty = emptyText(analysis.cookies.length, state.loading, jar !== undefined, isFiltering(filter));

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: drop target for HAR files; the toolbar's Import button is the keyboard path
    <div
      ref={appRef}
      class={dragging ? 'app dragging' : 'app'}
      data-testid="panel-app"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files?.[0];
        if (file) importFile(file);
      }}
    >
      <h1 class="sr">Cookie Lens</h1>
      <PanelToolbar
        recording={state.recording}
        preserveLog={state.preserveLog}
        masked={masked}
        filter={filter}
        filterRef={filterRef}
        compact={size.width > 0 && size.width < COMPACT_TOOLBAR_BELOW}
        filterScope="cookies"
        onRecord={(on) => store.setRecording(on)}
        onClear={() => {
          store.clear();
          select(null);
          setTracedKey(null);
          setSelectedExchange(null);
        }}
        onPreserveLog={(on) => store.setPreserveLog(on)}
        onMask={setMasked}
        onFilter={setFilter}
        onImport={importFile}
        onExport={doExport}
      />
      <ImportNotice
        importing={state.importing}
        notes={state.importNotes}
        onCancel={() => store.cancelImport()}
        onDismiss={() => store.dismissImportNotes()}
      />
      <ImportError message={state.importError} onDismiss={() => store.dismissImportError()} />
      {jar && jarState && state.imported === null && (
        <>
          <JarNotice
            jar={jarState}
            summary={analysis.jar}
            beforeCapture={beforeCapture}
            onAllow={() => jar.requestAccess()}
          />
          <RecordHint
            beforeCapture={beforeCapture}
            empty={state.requestCount === 0 && !state.loading}
            onReload={() => jar.reload()}
          />
        </>
      )}
      <main class="panel-main" aria-label="Cookies, requests, flow and findings">
        <Tabs
          label="Views"
          active={tab}
          onChange={setTab}
          tabs={[
            { id: 'cookies', label: 'Cookies', count: analysis.cookies.length },
            { id: 'requests', label: 'Requests', count: state.requestCount },
            { id: 'flow', label: 'Flow' },
            { id: 'findings', label: 'Findings', count: analysis.findings.length },
          ]}
        >
          {tab !== 'cookies' && isFiltering(filter) && (
            <p class="scope-note" data-testid="filter-scope">
              The filter narrows the Cookies tab only ({cookies.length} of {analysis.cookies.length} cookies).
            </p>
          )}
          <SplitPane
            placement={placement}
            main={
              tab === 'cookies' ? (
                <CookiesView
                  cookies={cookies}
                  tallies={tallies}
                  now={analysis.now}
                  masked={masked}
                  selectedKey={selectedKey}
                  onSelect={(key, open) => select(key, open || paneOpen)}
                  empty={empty}
                  hiddenColumns={hiddenColumns}
                  onToggleColumn={toggleColumn}
                />
              ) : (
                <TabViews
                  tab={tab}
                  store={store}
                  analysis={analysis}
                  masked={masked}
                  selectedExchange={selectedExchange}
                  tracedKey={tracedKey}
                  onSelectExchange={selectExchange}
                  onSelectCookie={(ref: CookieRef) => {
                    // A finding names (name, domain, path); a partitioned cookie's key adds its partition.
                    const wanted = refKey(ref.name, ref.domain, ref.path);
                    select(analysis.cookies.find((c) => findingKeyOf(c) === wanted)?.key ?? wanted);
                  }}
                  onTrace={(key) => {
                    setTracedKey(key);
                    select(key);
                  }}
                />
              )
            }
            detail={
              selected ? (
                <CookieDetail
                  cookie={selected}
                  findings={selectedFindings}
                  now={analysis.now}
                  masked={masked}
                  replacesList={placement === 'replace'}
                  exchangeById={(id) => store.exchangeById(id)}
                  onSelectExchange={selectExchange}
                  onClose={closePane}
                />
              ) : null
            }
          />
        </Tabs>
      </main>
      <ExportNote filename={exported} onDismiss={() => setExported(null)} />
      <PanelStatus
        state={analysis === state.analysis ? state : { ...state, analysis }}
        shownCookies={cookies.length}
      />
    </div>
  );
}
