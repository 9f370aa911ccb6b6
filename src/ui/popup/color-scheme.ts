/** Light or dark from `prefers-color-scheme`, kept in sync while the popup is open (theme.css `.dark`). */
export interface SchemeQuery {
  matches: boolean;
  addEventListener?: (type: 'change', listener: () => void) => void;
}

export function followColorScheme(root: { classList: DOMTokenList }, query: SchemeQuery): void {
  const apply = () => root.classList.toggle('dark', query.matches);
  apply();
  query.addEventListener?.('change', apply);
}
