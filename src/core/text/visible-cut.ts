/**
 * Hostile text bounded for a person to read (docs/architecture.md §9: huge values are cut for display):
 * invisible characters escaped first (visible-text.ts, "Trojan Source"), then cut with "…", never
 * between the two halves of a surrogate pair. The panel's `truncate` and the analysis' labels share it.
 */
import { visibleText } from './visible-text';

export function visibleCut(raw: string, max: number): string {
  // Escaping works per character and never shrinks one: the first max+1 characters decide what is shown,
  // so a megabyte value costs no more than a short one.
  const bound = Math.max(0, max) + 1;
  const text = visibleText(raw.length > bound ? raw.slice(0, bound) : raw);
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
