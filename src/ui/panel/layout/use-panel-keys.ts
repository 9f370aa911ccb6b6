/**
 * Esc and Ctrl/Cmd+F belong to the panel while it is focused (issue #18, problem 3).
 *
 * Chrome injects DevTools' extension API into every extension page of DevTools, and it forwards Esc,
 * F-keys and modified keys to DevTools with a bubbling `keydown` listener on `document`
 * (devtools-frontend front_end/models/extensions/ExtensionAPI.ts, `forwardKeyboardEvent`; the
 * crbug.com/923338 workaround skips plain keys typed in inputs). It ignores `defaultPrevented`, so
 * preventDefault alone lets Esc toggle the Console drawer; stopping the event's propagation on
 * `<html>`, below `document`, keeps it from ever reaching that listener. We stop only the keys we
 * act on: an Esc with nothing to close still reaches DevTools, as in DevTools' own panels. Firefox's
 * toolbox must see an Esc we acted on as not consumed, or its split console stays open (Bugzilla
 * 1652045; `consumeEscape`, from src/platform/devtools-keys.ts).
 */
import { useEffect, useRef } from 'preact/hooks';

export interface PanelKeys {
  /** Focus the filter. */
  onFind(): void;
  /** Close what is open; false when there was nothing to close. */
  onEscape(): boolean;
  /** preventDefault on an Esc acted on (default true; false in Firefox's toolbox). */
  consumeEscape?: boolean;
}

function isTextField(el: EventTarget | null): boolean {
  const tag = (el as HTMLElement | null)?.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function usePanelKeys(keys: PanelKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const root = document.documentElement;
    const onKey = (e: KeyboardEvent) => {
      const find = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f';
      if (find || (e.key === '/' && !isTextField(e.target))) {
        e.preventDefault();
        e.stopPropagation();
        latest.current.onFind();
      } else if (e.key === 'Escape' && !e.defaultPrevented && latest.current.onEscape()) {
        if (latest.current.consumeEscape !== false) e.preventDefault();
        e.stopPropagation();
      }
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, []);
}
