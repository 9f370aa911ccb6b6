/**
 * The DevTools theme ('default' | 'dark' in Chrome, 'light' | 'dark' in Firefox) mapped to ours. In
 * plain-page mode (no chrome.devtools: tests, screenshots, the bench page) the OS preference decides.
 */
export type Theme = 'light' | 'dark';

interface ThemePanels {
  themeName?: string;
  /** Firefox: browser.devtools.panels.onThemeChanged. */
  onThemeChanged?: { addListener(fn: (name: string) => void): void };
  /** Chrome 120+: chrome.devtools.panels.setThemeChangeHandler. */
  setThemeChangeHandler?: (fn: (name: string) => void) => void;
}

function panels(): ThemePanels | undefined {
  return (globalThis as { chrome?: { devtools?: { panels?: ThemePanels } } }).chrome?.devtools?.panels;
}

function fromName(name: string | undefined): Theme {
  return name === 'dark' ? 'dark' : 'light';
}

export function devtoolsTheme(): Theme {
  const p = panels();
  if (p?.themeName !== undefined) return fromName(p.themeName);
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  return media?.matches ? 'dark' : 'light';
}

/** Calls `apply` now and whenever the DevTools (or OS, in plain-page mode) theme changes. */
export function followDevtoolsTheme(apply: (theme: Theme) => void): void {
  apply(devtoolsTheme());
  const p = panels();
  if (p?.themeName !== undefined) {
    try {
      if (p.onThemeChanged) p.onThemeChanged.addListener((name) => apply(fromName(name)));
      else p.setThemeChangeHandler?.((name) => apply(fromName(name)));
    } catch {
      // Older browsers: the theme is read once at open, like DevTools' own panels before a reload.
    }
    return;
  }
  if (typeof matchMedia === 'function') {
    matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', (e) =>
      apply(e.matches ? 'dark' : 'light'),
    );
  }
}
