/** The popup's one preference, "mask values" (docs/architecture.md §9: screen sharing in class), in storage.local. */
import { browser } from './browser';

const KEY = 'popup.maskValues';

export async function loadMaskValues(): Promise<boolean> {
  try {
    const got = await browser.storage.local.get(KEY);
    return got[KEY] === true;
  } catch {
    return false;
  }
}

export async function saveMaskValues(masked: boolean): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: masked });
  } catch {
    // Storage full or unavailable: the toggle still works for this popup.
  }
}
