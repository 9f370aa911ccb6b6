/** A select over a fixed list of values, each shown with its own words (the panel's filters). */
export interface OptionSelectProps<T extends string> {
  /** The accessible name: these selects have no visible label. */
  label: string;
  testId: string;
  value: T;
  options: readonly T[];
  text(option: T): string;
  onSelect(value: T): void;
}

export function OptionSelect<T extends string>(p: OptionSelectProps<T>) {
  return (
    <select
      aria-label={p.label}
      data-testid={p.testId}
      value={p.value}
      // The value is one of `options`: the select offers nothing else.
      onChange={(e) => p.onSelect(e.currentTarget.value as T)}
    >
      {p.options.map((o) => (
        <option key={o} value={o}>
          {p.text(o)}
        </option>
      ))}
    </select>
  );
}
