/**
 * The panel's views under the toolbar: the tabs (Cookies, Requests, Flow, Findings) and the cookie
 * detail pane beside, under or instead of the list (layout/detail-placement.ts).
 */

import type { TrackedCookie } from '../../core/analysis/flow-types';
import type { JoinedAnalysis } from '../../core/analysis/jar-join';
import type { CookieRef, Finding } from '../../core/model';
import { Tabs } from '../kit/tabs';
import { isFiltering } from './cookie-filter';
import { findingKeyOf, refKey } from './cookie-row-model';
import { CookiesView } from './cookies-view';
import type { DetailPlacement } from './layout/detail-placement';
import { SplitPane } from './layout/split-pane';
import { useHiddenColumns } from './layout/use-hidden-columns';
import { CookieDetail, TabViews } from './lazy-panes';
import type { PanelStore } from './panel-store';
import type { PanelSelection } from './use-panel-selection';
import type { ShownCookies } from './use-shown-cookies';

export interface PanelMainProps {
  store: PanelStore;
  analysis: JoinedAnalysis;
  requestCount: number;
  shown: ShownCookies;
  sel: PanelSelection;
  /** The cookie whose pane is open (use-selected-cookie.ts). */
  selected: { cookie: TrackedCookie | undefined; findings: Finding[] };
  masked: boolean;
  placement: DetailPlacement;
  /** The Cookies tab's text when it has no rows. */
  empty: string;
}

/** The Requests, Flow or Findings tab (a lazy chunk: lazy-panes.ts). */
function otherView(p: PanelMainProps, tab: Exclude<PanelSelection['tab'], 'cookies'>) {
  const { analysis, sel } = p;
  return (
    <TabViews
      tab={tab}
      store={p.store}
      analysis={analysis}
      masked={p.masked}
      selectedExchange={sel.selectedExchange}
      tracedKey={sel.tracedKey}
      onSelectExchange={sel.selectExchange}
      onSelectCookie={(ref: CookieRef) => {
        // A finding names (name, domain, path); a partitioned cookie's key adds its partition.
        const wanted = refKey(ref.name, ref.domain, ref.path);
        sel.select(analysis.cookies.find((c) => findingKeyOf(c) === wanted)?.key ?? wanted);
      }}
      onTrace={sel.trace}
    />
  );
}

/** The detail pane, or null when no cookie's pane is open (SplitPane then shows the list alone). */
function detailPane(p: PanelMainProps) {
  const { cookie, findings } = p.selected;
  if (!cookie) return null;
  return (
    <CookieDetail
      cookie={cookie}
      findings={findings}
      now={p.analysis.now}
      masked={p.masked}
      replacesList={p.placement === 'replace'}
      exchangeById={(id) => p.store.exchangeById(id)}
      onSelectExchange={p.sel.selectExchange}
      onClose={p.sel.closePane}
    />
  );
}

export function PanelMain(p: PanelMainProps) {
  const { analysis, shown, sel } = p;
  const [hiddenColumns, toggleColumn] = useHiddenColumns();
  return (
    <main class="panel-main" aria-label="Cookies, requests, flow and findings">
      <Tabs
        label="Views"
        active={sel.tab}
        onChange={sel.setTab}
        tabs={[
          { id: 'cookies', label: 'Cookies', count: analysis.cookies.length },
          { id: 'requests', label: 'Requests', count: p.requestCount },
          { id: 'flow', label: 'Flow' },
          { id: 'findings', label: 'Findings', count: analysis.findings.length },
        ]}
      >
        {sel.tab !== 'cookies' && isFiltering(shown.filter) && (
          <p class="scope-note" data-testid="filter-scope">
            The filter narrows the Cookies tab only ({shown.cookies.length} of {analysis.cookies.length}{' '}
            cookies).
          </p>
        )}
        <SplitPane
          placement={p.placement}
          main={
            sel.tab === 'cookies' ? (
              <CookiesView
                cookies={shown.cookies}
                tallies={shown.tallies}
                now={analysis.now}
                masked={p.masked}
                selectedKey={sel.selectedKey}
                onSelect={(key, open) => sel.select(key, open || sel.paneOpen)}
                empty={p.empty}
                hiddenColumns={hiddenColumns}
                onToggleColumn={toggleColumn}
              />
            ) : (
              otherView(p, sel.tab)
            )
          }
          detail={detailPane(p)}
        />
      </Tabs>
    </main>
  );
}
