/**
 * Terminal styling for the table format: ANSI colours only on a TTY and never with NO_COLOR
 * (https://no-color.org), so piped output and CI logs stay plain text.
 */
import type { Severity } from '../core/model';
import { visibleText } from '../core/text/visible-text';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(s: Severity, text: string): string;
}

const wrap = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const identity = (s: string) => s;

const SEVERITY_CODE: Record<Severity, string> = { high: '1;31', medium: '33', low: '36', info: '2' };

export const PLAIN: Style = { bold: identity, dim: identity, severity: (_s, t) => t };

export const ANSI: Style = {
  bold: wrap('1'),
  dim: wrap('2'),
  severity: (s, t) => wrap(SEVERITY_CODE[s])(t),
};

/** Colour when stdout is a terminal and NO_COLOR is unset or empty. */
export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

/**
 * Cookie names and values are hostile and must not drive the terminal nor hide text: control, bidi and
 * zero-width characters are shown escaped (`\u202E`, visible-text.ts), then the cell is cut.
 */
export function safe(s: string, max = 80): string {
  const clean = visibleText(s);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Pads a cell, counting code points (not ANSI escapes: pad before colouring). */
export function pad(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : s + ' '.repeat(width - len);
}
