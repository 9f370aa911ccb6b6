/**
 * A fresh Chromium profile for the tour. Headless Chromium (like a new profile) blocks third-party
 * cookies, so lesson 6 (cross-site) would show nothing come back at all; `cookie_controls_mode: 0`
 * ("allow third-party cookies") in Default/Preferences lets it show what it teaches: `xs_none`
 * (SameSite=None; Secure, loopback counts as secure) crosses, `xs_lax` does not. See scripts/demo/README.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TOUR_PREFERENCES = { profile: { cookie_controls_mode: 0 } } as const;

export interface TourProfile {
  dir: string;
  remove(): void;
}

export function createTourProfile(): TourProfile {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-tour-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(TOUR_PREFERENCES));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
