/** Panel bootstrap: wire the devtools network source to the UI ("render the app with a store"). */
import { render } from 'preact';
import { devtoolsNetworkSource } from '../src/platform/devtools-network';
import { devtoolsTheme } from '../src/platform/devtools-theme';
import { PanelShell } from '../src/ui/panel-shell';

const root = document.getElementById('app');
if (root) {
  document.documentElement.classList.toggle('dark', devtoolsTheme() === 'dark');
  const source = devtoolsNetworkSource();
  let count = 0;
  const draw = () => render(<PanelShell requestCount={count} />, root);
  draw();
  source.subscribe(() => {
    count++;
    draw();
  });
  void source.backfill().then((entries) => {
    count += entries.length;
    draw();
  });
}
