/** The keys that open DevTools, per OS (the same in Chrome and Firefox). */
export function devtoolsShortcut(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌥⌘I (Option+Command+I)' : 'Ctrl+Shift+I or F12';
}
