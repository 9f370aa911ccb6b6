/** Panel bootstrap (house style: "render the app with a store"): DevTools network log → store → app. */
import { render } from 'preact';
import { devtoolsNetworkSource } from '../src/platform/devtools-network';
import { followDevtoolsTheme } from '../src/platform/devtools-theme';
import { PanelApp } from '../src/ui/panel/panel-app';
import { PanelStore } from '../src/ui/panel/panel-store';

const root = document.getElementById('app');
if (root) {
  followDevtoolsTheme((theme) => document.documentElement.classList.toggle('dark', theme === 'dark'));
  const store = new PanelStore();
  render(<PanelApp store={store} />, root);
  void store.connect(devtoolsNetworkSource());
}
