/**
 * RFC 6265bis §5.6 step 1, the one check that reads every character of a Set-Cookie line:
 *
 *   If the set-cookie-string contains a %x00-08 / %x0A-1F / %x7F character (CTL characters
 *   excluding HTAB): Abort these steps and ignore the set-cookie-string entirely.
 *
 * On a JWT-sized line this scan is most of the parse, so it runs in V8's regular-expression engine
 * (native code) in the shape that engine runs fastest. Measured on Node 20 (V8 11.3), ns per
 * 212-character line:
 *
 *   /^[\t\x20-\x7e\x80-\uffff]*$/.test      ~145  three ranges, one character per loop turn
 *   /[\x00-\x08\x0A-\x1F\x7F]/.test          ~315  unanchored: a match tried at every position
 *   charCodeAt loop in JS                    ~440
 *   PRINTABLE_RUN (below)                    ~65   one range, eight characters per loop turn
 */

/**
 * The longest run of printable ASCII (%x20-7E: one compare a character), eight characters per turn
 * of the loop: V8 checks a fixed-length run with one bounds check and loads several characters at
 * once, but only for a single range ("[\t\x20-\x7e…]" x 8 measured ~110 ns). It holds no CTL, so
 * a line that is all printable ASCII (nearly every real one) is done in one call. Sticky and not
 * anchored at the end, so it never backtracks: `lastIndex` says where it stopped (an anchored
 * "^(?:c{8})*c*$" is quadratic on a line that fails late).
 */
const C = '[ -~]';
const PRINTABLE_RUN = new RegExp(`(?:${C.repeat(8)})*${C}*`, 'y');
/** The exact §5.6 step 1 set, for the rest of a line with HTAB or non-ASCII: stops at a CTL. */
const CLEAN_RUN = /[\t\x20-\x7e\x80-\uffff]*/y;

/** Offset of the first CTL other than HTAB in `s` at or after `from`, or -1. Linear, never throws. */
export function findControlCharacter(s: string, from = 0): number {
  const len = s.length;
  PRINTABLE_RUN.lastIndex = from;
  PRINTABLE_RUN.test(s);
  let end = PRINTABLE_RUN.lastIndex;
  if (end !== len) {
    // Stopped at HTAB, DEL, another CTL or a non-ASCII code unit: the exact scan takes over there.
    CLEAN_RUN.lastIndex = end;
    CLEAN_RUN.test(s);
    end = CLEAN_RUN.lastIndex;
  }
  return end === len ? -1 : end;
}

/** VCHAR (%x21-7E, RFC 5234) but ";": no CTL, no WSP. Eight characters per turn like PRINTABLE_RUN. */
const NOT_SEMICOLON = '[!-:<-~]';
const BARE_PAIR_RUN = new RegExp(`(?:${NOT_SEMICOLON.repeat(8)})*${NOT_SEMICOLON}*`, 'y');

/**
 * Where the run of visible ASCII other than ";" at the start of `s` ends: at the first ";" (or the
 * end) when the name-value pair before it holds neither a CTL nor WSP (nearly every line), else at
 * the SP, HTAB, CTL or non-ASCII code unit that needs the exact scan. Step 1 for the pair and step
 * 2's search for the ";" in one native call, and step 4's trims known to have nothing to remove.
 */
export function bareNameValueEnd(s: string): number {
  BARE_PAIR_RUN.lastIndex = 0;
  BARE_PAIR_RUN.test(s);
  return BARE_PAIR_RUN.lastIndex;
}
