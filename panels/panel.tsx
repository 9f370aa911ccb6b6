/** Panel bootstrap (house style: "render the app with a store"): DevTools network log → store → app. */
import { render } from 'preact';
import { devtoolsJarSource } from '../src/platform/devtools-jar';
import { panelKeyPolicy } from '../src/platform/devtools-keys';
import { devtoolsNetworkSource } from '../src/platform/devtools-network';
import { followDevtoolsTheme } from '../src/platform/devtools-theme';
import { panelReopenCheck } from '../src/platform/panel-reopen';
import { REFILL_AFTER_HOST_MOVE_MS } from '../src/ui/panel/backfill-refill';
import type { ImportWorker } from '../src/ui/panel/import/import-runner';
import { JarStore } from '../src/ui/panel/jar-store';
import { PanelApp } from '../src/ui/panel/panel-app';
import { PanelStore } from '../src/ui/panel/panel-store';

const root = document.getElementById('app');
if (root) {
  followDevtoolsTheme((theme) => document.documentElement.classList.toggle('dark', theme === 'dark'));
  // The import worker sits beside panel.html (scripts/build.ts); a module worker, as the bundles are ESM.
  // A panel that replaces one just closed on this tab (Firefox: the toolbox moved host) asks getHAR()
  // again if its first answer is empty; a fresh open never does (platform/panel-reopen.ts).
  const reopened = panelReopenCheck(Date.now());
  const store = new PanelStore({
    backfillRetryMs: () => (reopened() ? REFILL_AFTER_HOST_MOVE_MS : []),
    importWorker: () =>
      typeof Worker === 'function'
        ? (new Worker(new URL('import-worker.js', location.href), {
            type: 'module',
          }) as unknown as ImportWorker)
        : null,
  });
  const jar = new JarStore(devtoolsJarSource());
  // DevTools is asked for its log before the first render, which then runs in a task of its own: an
  // answer that comes first has its first slice analysed (backfill-job.ts) and its rows in the first
  // paint, one render, layout and paint of the panel instead of an empty one first (issue #16: the
  // empty panel's own render, forced layout and frame cost ~6 ms of CPU before the rows could start,
  // traced). A later answer finds the panel rendered, as before.
  void store.connect(devtoolsNetworkSource());
  void jar.connect();
  setTimeout(() => {
    render(<PanelApp store={store} jar={jar} consumeEscape={panelKeyPolicy().consumeEscape} />, root);
  }, 0);
}
