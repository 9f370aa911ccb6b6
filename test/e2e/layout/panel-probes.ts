/**
 * What the layout e2e asks a panel document (Chromium's PanelDocument or Firefox's panel probe): plain
 * expression sources, run inside the panel, returning JSON. Shared so both browsers check the same things.
 */

/** For each view tab: does elementFromPoint at its centre hit the tab (not a pane over it)? */
export const TABS_HIT = `(() => [...document.querySelectorAll('[role="tab"]')].map((t) => {
  const r = t.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return { tab: t.textContent, hit: !!hit && t.contains(hit), inView: r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0 };
}))()`;

/** Name, Role and Findings cells of the first cookie row: inside the viewport and shown. */
export const KEY_CELLS_IN_VIEW = `(() => {
  const row = document.querySelector('[data-testid="cookie-row"]');
  if (!row) return null;
  return ['name', 'role', 'findings'].map((c) => {
    const el = row.querySelector('.c-' + c);
    const r = el ? el.getBoundingClientRect() : null;
    return { cell: c, shown: !!r && r.width > 0, inView: !!r && r.left >= 0 && r.right <= innerWidth + 0.5 };
  });
})()`;

export function clickTab(name: string): string {
  return `(() => { const t = [...document.querySelectorAll('[role="tab"]')].find((x) => x.textContent.startsWith(${JSON.stringify(name)})); t?.click(); return !!t; })()`;
}

export function clickRow(name: string): string {
  return `(() => { const r = [...document.querySelectorAll('[data-testid="cookie-row"]')].find((x) => x.dataset.name === ${JSON.stringify(name)}); r?.click(); return !!r; })()`;
}

export const COOKIE_ROW_COUNT = `document.querySelectorAll('[data-testid="cookie-row"]').length`;

export const DETAIL_OPEN = `!!document.querySelector('[data-testid="cookie-detail"]')`;

/** The selected view tab's label start, e.g. "Cookies". */
export const SELECTED_TAB = `document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? null`;
