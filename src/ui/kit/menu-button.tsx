/**
 * A WAI-ARIA menu button: the button opens a menu, ↑/↓/Home/End move, Enter/Space choose, Esc closes
 * and returns focus. Nothing happens until an item is chosen: an export <select> acted on every
 * ArrowDown (issue #18, problem 6). Esc is stopped here so DevTools does not also act on it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  id: string;
  label: string;
  disabled?: boolean;
}

export interface MenuButtonProps {
  label: ComponentChildren;
  /** The button's accessible name when it differs (an icon); must contain the visible text. */
  ariaLabel?: string;
  title?: string;
  items: MenuItem[];
  onChoose(id: string): void;
  testId?: string;
  class?: string;
}

type ElementRef<T> = { current: T | null };

function menuItems(menu: ElementRef<HTMLDivElement>): HTMLElement[] {
  return [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** Focuses item i, wrapping around both ends (End is -1). */
function focusItem(menu: ElementRef<HTMLDivElement>, i: number): void {
  const items = menuItems(menu);
  const n = items.length;
  if (n > 0) items[((i % n) + n) % n]?.focus();
}

/** While open: focus the first item, close on a mouse-down outside the menu and its button. */
function useOpenMenu(
  open: boolean,
  setOpen: (open: boolean) => void,
  menu: ElementRef<HTMLDivElement>,
  button: ElementRef<HTMLButtonElement>,
): void {
  useEffect(() => {
    if (!open) return;
    focusItem(menu, 0);
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open, setOpen, menu, button]);
}

export function MenuButton(p: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useOpenMenu(open, setOpen, menu, button);

  const choose = (id: string) => {
    setOpen(false);
    button.current?.focus();
    p.onChoose(id);
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const at = menuItems(menu).indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(menu, moves[e.key] ?? 0);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
      }
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <span class={`menu-wrap ${p.class ?? ''}`}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={p.ariaLabel}
        title={p.title}
        data-testid={p.testId}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {p.label}
      </button>
      {open && (
        <div
          class="menu"
          role="menu"
          ref={menu}
          onKeyDown={onMenuKey}
          data-testid={p.testId && `${p.testId}-menu`}
        >
          {p.items.map((item) => (
            <button
              type="button"
              key={item.id}
              role="menuitem"
              disabled={item.disabled}
              tabIndex={-1}
              data-item={item.id}
              onClick={() => choose(item.id)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
