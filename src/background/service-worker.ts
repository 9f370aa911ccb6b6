/**
 * Background (service worker in Chrome, event page in Firefox). Assume it dies at any moment
 * (house style §4): state goes to storage.session, never module variables alone.
 *
 * Every listener is added synchronously in the first turn: an MV3 worker woken by an event only gets
 * it if the listener exists by the end of that turn. The capture is loaded lazily: events and messages
 * wait for `ready` (storage.session restored) before touching the store, in arrival order.
 *
 * The extension API is the browser's own, not webextension-polyfill (background-browser.ts, issue #16).
 */
import { browser } from '../platform/background-browser';
import { setBadge } from '../platform/badge';
import { hasHostAccess } from '../platform/host-access';
import { readJarCookies } from '../platform/jar-cookies';
import { startJarWatch } from '../platform/jar-watch';
import { answerRuntimeMessages } from '../platform/runtime-replies';
import { startWebRequestCapture } from '../platform/web-request-capture';
import { PANEL_MAX_VALUE, toJarFact } from '../protocol/jar-cookie';
import type { Handlers } from '../protocol/messages';
import { type BadgeState, badgeAppearance } from './badge-appearance';
import { createBadgeScheduler } from './badge-scheduler';
import { captureHandlers } from './capture-handlers';
import { jarHandlers } from './jar-handlers';
import { dispatch, handlers } from './message-handlers';
import { createSessionPersistence } from './session-store';
import { TabCaptureStore } from './tab-capture-store';
import { createTabSummaryCache } from './tab-summary-cache';
import type { CaptureAction } from './web-request-events';
import { assemblerListeners } from './web-request-listeners';

const showBadge = (tabId: number, state: BadgeState) => setBadge(tabId, badgeAppearance(state));

const store = new TabCaptureStore({
  onChange: (tabId, kind) => {
    persistence.markChanged(tabId, kind);
    summaries.invalidate(tabId);
    if (kind === 'updated') badges.schedule(tabId);
  },
});
const persistence = createSessionPersistence(store, browser.storage.session);
const summaries = createTabSummaryCache((tabId) => store.snapshot(tabId));
// The popup's getTabSummary and the badge share one analysis per change of the tab's capture.
const badges = createBadgeScheduler(store, showBadge, summaries);

/** Tabs closed while the worker was stopped left their capture behind: drop them after the load. */
async function forgetClosedTabs(): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((t) => t.id));
  for (const id of store.tabIds()) if (!open.has(id)) store.removeTab(id);
}

const ready: Promise<void> = persistence.load().then(() => forgetClosedTabs().catch(() => {}));

function apply(actions: CaptureAction[]): void {
  for (const action of actions) {
    if (action.kind === 'navigate') {
      if (store.navigate(action.tabId, action.url) === 'cleared')
        void showBadge(action.tabId, { kind: 'unknown' });
    } else store.add(action.tabId, action.exchange);
  }
}

// Chrome logs "You need to request host permissions in the manifest file in order to be notified about
// requests from the webRequest API" (an Errors button on chrome://extensions) when webRequest listeners
// are added without any host permission — every fresh install, since hosts are optional (docs/architecture.md §7).
// So the listeners go on only once some host access exists. Trade-off: after a worker restart they are
// added after one async permissions check, so the single request that woke the worker can be missed.
const capture = startWebRequestCapture(
  assemblerListeners((actions) => void ready.then(() => apply(actions))),
  { listen: false },
);
void browser.permissions.getAll().then((granted) => {
  if (granted.origins?.length) capture.restart();
});

browser.tabs.onRemoved.addListener((tabId) => void ready.then(() => store.removeTab(tabId)));

browser.permissions.onAdded.addListener((granted) => {
  if (granted.origins?.length) capture.restart();
});

// The panel's live jar (issue #13): listeners added in the first turn, like the others.
startJarWatch();

const allHandlers: Handlers = {
  ...handlers,
  ...jarHandlers({
    hasAccess: (pageUrl) => hasHostAccess(browser.permissions, pageUrl),
    async read(url, topLevelSite) {
      const got = await readJarCookies(browser.cookies, url, topLevelSite, PANEL_MAX_VALUE);
      if (!got.ok) return null;
      return { cookies: got.cookies.map((c) => toJarFact(c, topLevelSite)), dropped: got.dropped };
    },
    openTab: async (url) => {
      await browser.tabs.create({ url });
    },
    grantPageUrl: (pageUrl) => browser.runtime.getURL(`grant.html?site=${encodeURIComponent(pageUrl)}`),
  }),
  ...captureHandlers({ store, ready, summaries }),
};

// sendResponse, not a returned promise: Chromium 150's own onMessage drops a promise (runtime-replies.ts).
answerRuntimeMessages(browser.runtime.onMessage, (message) => dispatch(allHandlers, message));
