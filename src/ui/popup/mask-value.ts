/** The popup's narrow rows cut values shorter than the panel's; masking is the one shared MASK. */
import { showValue } from '../kit/display-text';

export { MASK } from '../kit/display-text';

/** Values are cut for display; the full one is in DevTools. */
export const MAX_SHOWN_VALUE = 60;

export function shownValue(value: string, masked: boolean): string {
  return showValue(value, masked, MAX_SHOWN_VALUE + 1);
}
