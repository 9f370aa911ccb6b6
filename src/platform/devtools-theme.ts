/** The DevTools theme ('default' | 'dark' in Chrome, 'light' | 'dark' in Firefox) mapped to ours. */
export type Theme = 'light' | 'dark';

export function devtoolsTheme(): Theme {
  const name = globalThis.chrome?.devtools?.panels?.themeName;
  return name === 'dark' ? 'dark' : 'light';
}
