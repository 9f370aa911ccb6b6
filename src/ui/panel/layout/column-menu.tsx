/**
 * The Cookies table's column chooser, opened like DevTools' own from the header's context menu (right
 * click, or the context-menu key / Shift+F10 on the table). Each column is a menuitemcheckbox; Name
 * identifies the row and stays. Esc closes it without reaching DevTools.
 */
import { useEffect, useRef } from 'preact/hooks';
import { COLUMNS, type ColumnId } from './cookie-columns';

export interface ColumnMenuProps {
  at: { x: number; y: number };
  hidden: ReadonlySet<ColumnId>;
  onToggle(id: ColumnId): void;
  onClose(): void;
}

export function ColumnMenu({ at, hidden, onToggle, onClose }: ColumnMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitemcheckbox"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      items[(i + (e.key === 'ArrowDown' ? 1 : -1) + n) % n]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  const choosable = COLUMNS.filter((c) => !c.fixed);
  return (
    <div
      ref={menu}
      class="menu column-menu"
      role="menu"
      aria-label="Columns"
      data-testid="column-menu"
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
      onKeyDown={onKeyDown}
    >
      {choosable.map((c) => (
        <button
          type="button"
          key={c.id}
          role="menuitemcheckbox"
          aria-checked={!hidden.has(c.id)}
          tabIndex={-1}
          data-item={c.id}
          onClick={() => onToggle(c.id)}
        >
          <span class="menu-check" aria-hidden="true">
            {hidden.has(c.id) ? '' : '✓'}
          </span>
          {c.label}
        </button>
      ))}
    </div>
  );
}
