/**
 * Popup bootstrap: gather the tab's judged capture (the background analyses it) and the jar, render;
 * re-run when access changes. No analysis code here: the popup must load fast and stay small.
 */
import { render } from 'preact';
import {
  onHostAccessChanged,
  requestAllSitesAccess,
  requestSiteAccess,
} from '../src/platform/host-permission';
import { saveMaskValues } from '../src/platform/popup-prefs';
import { loadPopupInput } from '../src/platform/popup-source';
import { followColorScheme } from '../src/ui/popup/color-scheme';
import { PopupApp } from '../src/ui/popup/popup-app';
import { buildPopupModel, type PopupModel } from '../src/ui/popup/popup-model';

const root = document.getElementById('app');
if (root) {
  followColorScheme(document.documentElement, matchMedia('(prefers-color-scheme: dark)'));
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ||
    navigator.platform;
  let model: PopupModel | null = null;
  let loads = 0;

  const draw = () => {
    if (!model) return;
    const pageUrl = model.pageUrl;
    render(
      <PopupApp
        model={model}
        // Called straight from the click: the permission prompt needs the user gesture.
        onAllowSite={() => void requestSiteAccess(pageUrl).then((ok) => ok && void load())}
        onAllowAll={() => void requestAllSitesAccess().then((ok) => ok && void load())}
        onToggleMask={(masked) => {
          if (model) model = { ...model, masked };
          draw();
          void saveMaskValues(masked);
        }}
      />,
      root,
    );
  };

  const load = async () => {
    const mine = ++loads;
    // The grade first, the jar when it is read (popup-source.ts); a newer load (access changed) wins.
    const input = await loadPopupInput(location.search, (summary) => {
      if (mine !== loads) return;
      model = buildPopupModel(summary, platform);
      draw();
    });
    if (mine !== loads) return;
    model = buildPopupModel(input, platform);
    document.body.dataset.state = 'ready';
    draw();
  };

  onHostAccessChanged(() => void load());
  void load();
}
