/** The per-site popup: "how healthy are this site's cookies?" without opening DevTools (docs/architecture.md §7). */
import { CheckBox } from '../kit/check-box';
import { AccessNotice } from './access-notice';
import { CountGrid, CountLegend } from './count-grid';
import { FindingList } from './finding-list';
import { GradeCard, ProductionNote } from './grade-card';
import { JarList } from './jar-list';
import type { PopupModel } from './popup-model';

export interface PopupAppProps {
  model: PopupModel;
  onAllowSite: () => void;
  onAllowAll: () => void;
  onToggleMask: (masked: boolean) => void;
}

function CaptureNote({ model }: { model: PopupModel }) {
  const c = model.capture;
  if (c.state === 'error') {
    return (
      <p class="muted" data-testid="capture-note">
        The background did not answer ({c.message}); close and reopen the popup.
      </p>
    );
  }
  if (c.state === 'none' || model.summary === null) {
    if (model.access !== 'granted') return null;
    return (
      <p class="pp-note" data-testid="capture-note">
        Nothing captured on this tab yet. Reload the page: Cookie Lens sees the requests made after it got
        access.
      </p>
    );
  }
  return (
    <p class="muted" data-testid="capture-note">
      From {c.exchanges} request{c.exchanges === 1 ? '' : 's'} on this tab
      {model.summary.sites > 1 ? ` across ${model.summary.sites} sites` : ''}
      {c.dropped > 0 ? ` (${c.dropped} older ones no longer kept)` : ''}.
    </p>
  );
}

export function PopupApp({ model, onAllowSite, onAllowAll, onToggleMask }: PopupAppProps) {
  return (
    <main class="popup">
      <header class="pp-head">
        <div class="pp-title">
          <h1>Cookie Lens</h1>
          <p data-testid="popup-site" class="pp-site" title={model.pageUrl ?? ''}>
            {model.host ?? 'No site in this tab.'}
          </p>
        </div>
        <CheckBox
          class="pp-mask"
          label="Mask values"
          testId="mask-toggle"
          checked={model.masked}
          onToggle={onToggleMask}
        />
      </header>
      <AccessNotice
        access={model.access}
        host={model.host}
        onAllowSite={onAllowSite}
        onAllowAll={onAllowAll}
      />
      {model.summary ? (
        <section class="pp-summary" aria-label="Summary">
          <GradeCard summary={model.summary} />
          <CountGrid summary={model.summary} />
        </section>
      ) : null}
      {model.summary ? <ProductionNote summary={model.summary} /> : null}
      {model.summary ? <CountLegend /> : null}
      <CaptureNote model={model} />
      {model.summary ? (
        <FindingList findings={model.topFindings} total={model.totalFindings} masked={model.masked} />
      ) : null}
      <JarList jar={model.jar} masked={model.masked} now={model.now} />
      <footer class="pp-hint">
        Open DevTools (<kbd>{model.shortcut}</kbd>) → <strong>Cookies</strong> for the full story: every
        request, each cookie's flow, JWT claims.
      </footer>
    </main>
  );
}
