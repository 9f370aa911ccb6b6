/**
 * Arrow-key focus movement between sibling items that each carry `data-roving` (WAI-ARIA APG
 * "roving tabindex"): ↑/↓ move, Home/End jump. Used by the Findings and Flow views, whose items hold
 * their own buttons and so cannot be one listbox.
 */
export function moveFocus(e: KeyboardEvent, container: HTMLElement | null): boolean {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!container || !keys.includes(e.key)) return false;
  const items = Array.from(container.querySelectorAll<HTMLElement>('[data-roving]'));
  if (items.length === 0) return false;
  const current = items.indexOf(e.currentTarget as HTMLElement);
  let next = current;
  if (e.key === 'ArrowDown') next = Math.min(items.length - 1, current + 1);
  else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
  else if (e.key === 'Home') next = 0;
  else next = items.length - 1;
  e.preventDefault();
  items[next]?.focus();
  return true;
}
