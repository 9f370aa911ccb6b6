/** Popup bootstrap: find the tab to summarise and render. */
import { render } from 'preact';
import { tabToSummarise } from '../src/platform/active-tab';
import { PopupShell } from '../src/ui/popup-shell';

const root = document.getElementById('app');
if (root) {
  document.documentElement.classList.toggle('dark', matchMedia('(prefers-color-scheme: dark)').matches);
  void tabToSummarise(location.search).then((tab) => {
    let site: string | null = null;
    try {
      site = tab?.url ? new URL(tab.url).host || null : null;
    } catch {
      site = null;
    }
    render(<PopupShell site={site} />, root);
  });
}
