/** WAI-ARIA tabs: ←/→/Home/End move between tabs, the panel below is labelled by its tab. */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  /** Small count shown after the label. */
  count?: number;
}

export interface TabsProps<Id extends string> {
  tabs: TabSpec<Id>[];
  active: Id;
  onChange: (id: Id) => void;
  label: string;
  children?: ComponentChildren;
}

export function Tabs<Id extends string>({ tabs, active, onChange, label, children }: TabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onChange(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${tab.id}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === active);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    focusTab(target);
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            key={tab.id}
            id={`tab-${tab.id}`}
            data-tab={tab.id}
            aria-selected={tab.id === active}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            class={tab.id === active ? 'tab active' : 'tab'}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && <span class="tab-count">{tab.count}</span>}
          </button>
        ))}
      </div>
      <div class="tabpanel" role="tabpanel" id={`tabpanel-${active}`} aria-labelledby={`tab-${active}`}>
        {children}
      </div>
    </>
  );
}
