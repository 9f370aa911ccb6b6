/**
 * Splits a rule's "how to fix" text into prose, inline code and code blocks so the Findings view can
 * show the Express snippet in a `<pre>` block (docs/architecture.md §2: "how to fix (with an Express snippet where it
 * helps)"). A block is a `backtick-quoted` call (has "(" and is long enough to read as a statement) or a
 * bare call that starts a clause (`Add Secure: res.cookie(…)`) and runs to its balanced closing
 * bracket; other backtick spans stay inline. Linear, bounded, never throws.
 */

export interface FixSegment {
  kind: 'text' | 'inline' | 'code';
  text: string;
}

/** Fix texts come from our rules and are short; anything longer is shown as prose only. */
const MAX_FIX_CHARS = 4000;
/** Shorter backtick spans (`openssl rand -hex 32`) read better inline. */
const MIN_BLOCK_CHARS = 24;

/** Where a bare snippet may start. The earliest match at a clause start wins. */
const CODE_OPENERS = [
  'res.cookie(',
  'res.clearCookie(',
  'req.session.',
  'app.set(',
  'app.use(',
  'session({',
  'cookie: {',
  'jwt.sign(',
  'jwt.verify(',
  'jwtVerify(',
  'new SignJWT(',
];

/** A snippet starts a clause: at the start, or after ": ", "; ", ". " or "— " (not inside prose parentheses). */
function atClauseStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.slice(Math.max(0, at - 2), at);
  return before === ': ' || before === '; ' || before === '. ' || before === '— ';
}

function nextOpener(text: string, from: number): number {
  let best = -1;
  for (const opener of CODE_OPENERS) {
    let at = text.indexOf(opener, from);
    while (at !== -1 && !atClauseStart(text, at)) at = text.indexOf(opener, at + 1);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

/** End (exclusive) of the snippet starting at `start`: after the bracket group that closes depth 0. */
function snippetEnd(text: string, start: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x27 || c === 0x22) quote = c;
    else if (c === 0x28 || c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x29 || c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return -1;
      if (depth === 0) {
        let end = i + 1;
        // A following `;` belongs to the statement.
        if (text.charCodeAt(end) === 0x3b) end++;
        return end;
      }
    }
  }
  return -1;
}

export function splitFixText(fix: string): FixSegment[] {
  if (typeof fix !== 'string' || fix === '') return [];
  if (fix.length > MAX_FIX_CHARS) return [{ kind: 'text', text: fix }];
  const out: FixSegment[] = [];
  const text = (t: string) => {
    if (t !== '') out.push({ kind: 'text', text: t });
  };
  let pos = 0;
  while (pos < fix.length) {
    const tick = fix.indexOf('`', pos);
    const closeTick = tick === -1 ? -1 : fix.indexOf('`', tick + 1);
    const bare = nextOpener(fix, pos);
    const bareEnd = bare === -1 ? -1 : snippetEnd(fix, bare);
    const useBare = bare !== -1 && bareEnd !== -1 && (closeTick === -1 || bare < tick);
    if (useBare) {
      text(fix.slice(pos, bare));
      out.push({ kind: 'code', text: fix.slice(bare, bareEnd) });
      pos = bareEnd;
    } else if (closeTick !== -1) {
      text(fix.slice(pos, tick));
      const code = fix.slice(tick + 1, closeTick);
      const block = code.includes('(') && code.length >= MIN_BLOCK_CHARS;
      if (code !== '') out.push({ kind: block ? 'code' : 'inline', text: code });
      pos = closeTick + 1;
    } else {
      text(fix.slice(pos));
      break;
    }
  }
  return out;
}

/** Text between code blocks, grouped into paragraphs; punctuation left alone next to a block is dropped. */
export function fixParagraphs(segments: readonly FixSegment[]): (FixSegment | FixSegment[])[] {
  const out: (FixSegment | FixSegment[])[] = [];
  let para: FixSegment[] = [];
  const flush = () => {
    const joined = para.map((s) => s.text).join('');
    if (joined.trim() !== '' && !/^[\s.,;:]+$/.test(joined)) out.push(para);
    para = [];
  };
  for (const s of segments) {
    if (s.kind === 'code') {
      flush();
      out.push(s);
    } else para.push(s);
  }
  flush();
  return out;
}

/** `a \`b\` c` → text/inline segments, for messages and "why" texts that quote names in backticks. */
export function splitInlineCode(text: string): FixSegment[] {
  const out: FixSegment[] = [];
  let pos = 0;
  let inside = false;
  while (pos <= text.length) {
    const tick = text.indexOf('`', pos);
    // An unpaired trailing backtick stays literal text.
    if (tick === -1 || (!inside && text.indexOf('`', tick + 1) === -1)) {
      if (pos < text.length) out.push({ kind: 'text', text: text.slice(pos) });
      break;
    }
    if (tick > pos) out.push({ kind: inside ? 'inline' : 'text', text: text.slice(pos, tick) });
    inside = !inside;
    pos = tick + 1;
  }
  return out;
}
