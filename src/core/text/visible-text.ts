/**
 * Characters a human cannot see, shown as `\uXXXX` wherever a person reads hostile text (CLI table,
 * Markdown, JSON for humans, the panel). "Trojan Source" (CVE-2021-42574, Boucher & Anderson 2021) hides
 * code behind bidi overrides; editors (VS Code, GitHub) answer by showing them — so do we:
 * - C0 controls, DEL and C1 controls (U+0080–U+009F; U+009B is CSI, an ANSI escape on 8-bit terminals);
 * - bidi controls (Unicode UAX #9: U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069);
 * - zero-width and invisible format characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD);
 * - line and paragraph separators U+2028/U+2029 (they break lines in some terminals and JS).
 * Pure and total: any string in, a string out; surrogate pairs pass through untouched.
 */

const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The same set without C0: `JSON.stringify` escapes C0 inside strings, and its indentation is C0. */
const INVISIBLE_IN_JSON =
  /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const escapeOne = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `a\u202eb` for a human: every invisible or control character as its `\uXXXX` escape. */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, escapeOne);
}

/**
 * JSON text a person may read in a terminal or an editor: the same data (a `\uXXXX` escape inside a JSON
 * string is the character, RFC 8259 §7), but no raw bidi, zero-width or C1 character reaches the reader.
 * `JSON.stringify` already escapes C0; the rest only occurs inside strings, so the text stays valid JSON.
 */
export function humanJson(text: string): string {
  return text.replace(INVISIBLE_IN_JSON, escapeOne);
}
