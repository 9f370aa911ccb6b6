/** Masked cookie values for screen sharing (DESIGN §9): a fixed width, so not even the length leaks. */
export const MASK = '••••••';

/** Values are cut for display; the full one is in DevTools. */
export const MAX_SHOWN_VALUE = 60;

export function shownValue(value: string, masked: boolean): string {
  if (masked) return MASK;
  return value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
}
