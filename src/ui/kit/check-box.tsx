/** A labelled checkbox that reports its new state: the panel toolbar's toggles and the popup's "Mask values". */
export interface CheckBoxProps {
  label: string;
  checked: boolean;
  onToggle(checked: boolean): void;
  testId?: string;
  /** The label's class: each surface lays its toggles out its own way. */
  class?: string;
}

export function CheckBox({ label, checked, onToggle, testId, class: labelClass = 'check' }: CheckBoxProps) {
  return (
    <label class={labelClass}>
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
