/**
 * The Requests, Flow and Findings tabs (components by the views engineer, mounted here with the agreed
 * props). Exchanges are taken from the store only for the tab that needs them.
 */
import type { Analysis } from '../../core/analysis/analyzer';
import type { CookieRef } from '../../core/model';
import type { PanelStore } from './panel-store';
import { FindingsView } from './views/findings-view';
import { FlowView } from './views/flow-view';
import { RequestsView } from './views/requests-view';

export type TabId = 'cookies' | 'requests' | 'flow' | 'findings';

export interface TabViewsProps {
  tab: Exclude<TabId, 'cookies'>;
  store: PanelStore;
  analysis: Analysis;
  masked: boolean;
  selectedExchange: string | null;
  tracedKey: string | null;
  onSelectExchange(id: string): void;
  onSelectCookie(ref: CookieRef): void;
  onTrace(key: string | null): void;
}

export function TabViews(p: TabViewsProps) {
  if (p.tab === 'findings') {
    return (
      <FindingsView findings={p.analysis.findings} masked={p.masked} onSelectCookie={p.onSelectCookie} />
    );
  }
  if (p.tab === 'requests') {
    return (
      <RequestsView
        exchanges={p.store.exchanges()}
        masked={p.masked}
        selectedId={p.selectedExchange}
        onSelect={p.onSelectExchange}
        verdicts={p.analysis.verdicts}
      />
    );
  }
  return (
    <FlowView
      exchanges={p.store.exchanges()}
      cookies={p.analysis.cookies}
      verdicts={p.analysis.verdicts}
      tracedKey={p.tracedKey}
      masked={p.masked}
      onTrace={p.onTrace}
      onSelectExchange={p.onSelectExchange}
    />
  );
}
