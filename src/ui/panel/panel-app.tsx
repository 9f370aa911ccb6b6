/**
 * The DevTools panel app (docs/architecture.md §7): toolbar, tabs (Cookies, Requests, Flow, Findings), the cookie
 * detail pane and a status bar. Renders what core computed, through the store; no extension APIs.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { beforeCaptureCount, joinJar } from '../../core/analysis/jar-join';
import type { CookieRef } from '../../core/model';
import { Tabs } from '../kit/tabs';
import { CookieDetail } from './cookie-detail';
import { type CookieFilter, filterCookies, isFiltering, NO_FILTER } from './cookie-filter';
import { findingKeyOf, findingsByCookie, refKey } from './cookie-row-model';
import { CookiesView } from './cookies-view';
import { ImportNotice } from './import/import-notice';
import { JarNotice } from './jar-notice';
import type { JarStore } from './jar-store';
import { downloadExport, exportFile } from './panel-exports';
import { PanelStatus } from './panel-status';
import { IMPORT_TOO_LARGE, MAX_IMPORT_CHARS, type PanelStore } from './panel-store';
import { type ExportKind, PanelToolbar } from './panel-toolbar';
import { type TabId, TabViews } from './panel-views';
import { RecordHint } from './record-hint';
import { useJarState } from './use-jar-state';
import { usePanelState } from './use-panel-state';

export interface PanelAppProps {
  store: PanelStore;
  /** The browser's jar for the inspected page (issue #13); absent on a plain page or an import-only panel. */
  jar?: JarStore;
  initialTab?: TabId;
  initialMasked?: boolean;
  /** Called with each export instead of downloading it (tests). */
  onExport?: (file: ReturnType<typeof exportFile>) => void;
}

function isTextField(el: EventTarget | null): boolean {
  const tag = (el as HTMLElement | null)?.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function PanelApp({
  store,
  jar,
  initialTab = 'cookies',
  initialMasked = false,
  onExport,
}: PanelAppProps) {
  const state = usePanelState(store);
  const jarState = useJarState(jar);
  // An imported HAR is another capture: the live page's jar does not describe it.
  const snapshot = state.imported === null ? (jarState?.snapshot ?? null) : null;
  const analysis = useMemo(() => joinJar(state.analysis, snapshot), [state.analysis, snapshot]);
  const beforeCapture = useMemo(() => beforeCaptureCount(state.analysis.cookies), [state.analysis]);
  // The jar is read for the origins the page's requests went to, not only the page's own.
  useEffect(() => {
    if (jar && state.imported === null) jar.setRequestUrls(store.exchanges().map((e) => e.url));
  }, [jar, store, state.requestCount, state.imported]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [selectedExchange, setSelectedExchange] = useState<string | null>(null);
  // The Flow view's traced cookie follows the selection, but survives closing the detail pane (Esc).
  const [tracedKey, setTracedKey] = useState<string | null>(null);
  const select = (key: string | null) => {
    setSelectedKey(key);
    if (key !== null) setTracedKey(key);
  };
  const [filter, setFilter] = useState<CookieFilter>(NO_FILTER);
  const [masked, setMasked] = useState(initialMasked);
  const [dragging, setDragging] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);

  const tallies = useMemo(() => findingsByCookie(analysis.findings), [analysis]);
  const cookies = useMemo(
    () => filterCookies(analysis.cookies, filter, tallies, analysis.now),
    [analysis, filter, tallies],
  );
  const selected = selectedKey === null ? undefined : analysis.cookies.find((c) => c.key === selectedKey);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === '/' && !isTextField(e.target)) || ((e.ctrlKey || e.metaKey) && e.key === 'f')) {
        e.preventDefault();
        filterRef.current?.focus();
        filterRef.current?.select();
      } else if (e.key === 'Escape' && selectedKey !== null) {
        e.preventDefault();
        setSelectedKey(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedKey]);

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
        setSelectedKey(null);
        store.startImport(bytes, file.name);
      },
      () => store.failImport(file.name, 'the file could not be read'),
    );
  };

  const doExport = (kind: ExportKind) => {
    const file = exportFile(
      kind,
      analysis,
      store.exchanges(),
      state.imported ?? 'DevTools capture',
      new Date(),
      {
        masked,
        jar: snapshot,
      },
    );
    if (onExport) onExport(file);
    else downloadExport(file);
  };

  const empty =
    analysis.cookies.length === 0
      ? state.loading
        ? 'Reading what DevTools already recorded…'
        : jar
          ? 'No cookies yet. Reload the page to record, browse, or import a HAR file (drop it here).'
          : 'No cookies yet. Reload the inspected page, browse, or import a HAR file (drop it here).'
      : isFiltering(filter)
        ? 'No cookie matches the filters.'
        : 'No cookies.';

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: drop target for HAR files; the toolbar's Import button is the keyboard path
    <div
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
      <PanelToolbar
        recording={state.recording}
        preserveLog={state.preserveLog}
        masked={masked}
        filter={filter}
        filterRef={filterRef}
        onRecord={(on) => store.setRecording(on)}
        onClear={() => {
          store.clear();
          setSelectedKey(null);
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
      {state.importError !== null && (
        <div class="import-error" role="alert" data-testid="import-error">
          <span>{state.importError}</span>
          <button type="button" class="small" onClick={() => store.dismissImportError()}>
            Dismiss
          </button>
        </div>
      )}
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
      <div class={selected ? 'body split' : 'body'}>
        <div class="main">
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
            {tab === 'cookies' ? (
              <CookiesView
                cookies={cookies}
                tallies={tallies}
                now={analysis.now}
                masked={masked}
                selectedKey={selectedKey}
                onSelect={select}
                empty={empty}
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
                  setSelectedKey(key);
                }}
              />
            )}
          </Tabs>
        </div>
        {selected && (
          <CookieDetail
            cookie={selected}
            findings={selectedFindings}
            now={analysis.now}
            masked={masked}
            exchangeById={(id) => store.exchangeById(id)}
            onSelectExchange={selectExchange}
            onClose={() => setSelectedKey(null)}
          />
        )}
      </div>
      <PanelStatus
        state={analysis === state.analysis ? state : { ...state, analysis }}
        shownCookies={cookies.length}
      />
    </div>
  );
}
