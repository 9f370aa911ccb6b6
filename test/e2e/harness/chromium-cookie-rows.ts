/**
 * The Cookies panel's rows as text, read in Chromium's panel document: every cell a test asserts on
 * (the list is virtualised; the few rows a test site sets all render).
 */
import type { PanelDocument } from '../../../scripts/browsers/chromium-devtools';

export interface CookieRowText {
  name: string;
  lifetime: string;
  flags: string;
  role: string;
  findings: number;
  jwt: boolean;
  /** Where the row's attributes come from ("Cookie header only", "from the browser's jar"). */
  source: string;
}

export function readCookieRows(panel: PanelDocument): Promise<CookieRowText[]> {
  return panel.evaluate<CookieRowText[]>(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="cookie-row"]')].map((r) => ({
      name: r.dataset.name ?? '',
      lifetime: r.querySelector('[data-testid="lifetime"]')?.textContent ?? '',
      flags: [...r.querySelectorAll('[data-testid="flags"] > *')].map((f) => f.textContent).join(' '),
      role: r.querySelector('[data-testid="role"]')?.textContent ?? '',
      findings: Number.parseInt(r.querySelector('[data-testid="finding-count"]')?.textContent ?? '0', 10),
      jwt: r.querySelector('[data-testid="jwt-mark"]') !== null,
      source: r.querySelector('[data-testid="source"]')?.textContent ?? '',
    })),
  );
}
