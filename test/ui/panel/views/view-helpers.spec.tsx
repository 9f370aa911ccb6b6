import { describe, expect, it } from 'vitest';
import { ALL_RULE_DOCS as ALL_RULES } from '../../../../src/core/rules/rule-docs.ts';
import {
  formatCount,
  MASK,
  maskSetCookieLine,
  showValue,
  truncate,
} from '../../../../src/ui/panel/views/display-text.ts';
import { cookieLabel, groupFindings, maskMessage } from '../../../../src/ui/panel/views/finding-groups.ts';
import { httpsUrl } from '../../../../src/ui/panel/views/finding-item.tsx';
import { fixParagraphs, splitFixText, splitInlineCode } from '../../../../src/ui/panel/views/fix-text.ts';
import { finding } from './fixtures.ts';

describe('display text', () => {
  it('truncates with an ellipsis and never splits a surrogate pair', () => {
    expect(truncate('abc', 5)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    const cut = truncate(`aa${'😀'.repeat(10)}`, 4);
    expect(cut).toBe('aa…');
    expect(truncate('x'.repeat(1000))).toHaveLength(200);
  });

  it('masks the value of a Set-Cookie line, keeping name and attributes', () => {
    expect(maskSetCookieLine('sid=abc; Path=/; HttpOnly')).toBe(`sid=${MASK}; Path=/; HttpOnly`);
    expect(maskSetCookieLine('sid=a=b=c')).toBe(`sid=${MASK}`);
    expect(maskSetCookieLine('nameless; Path=/a=b')).toBe(`${MASK}; Path=/a=b`);
    expect(maskSetCookieLine('')).toBe(MASK);
    expect(showValue('secret', true)).toBe(MASK);
    expect(showValue('secret', false)).toBe('secret');
    expect(formatCount(9421)).toBe('9,421');
  });
});

describe('finding groups', () => {
  it('groups in severity order and keeps order within a group', () => {
    const groups = groupFindings([finding('a', 'low'), finding('b', 'high'), finding('c', 'low')]);
    expect(groups.map((g) => [g.severity, g.findings.map((f) => f.rule)])).toEqual([
      ['high', ['b']],
      ['medium', []],
      ['low', ['a', 'c']],
      ['info', []],
    ]);
  });

  it('masks the values a finding quotes, spaces included, and only those (linear)', () => {
    const f = {
      message: 'user=John Smith names a user or role in clear; isAdmin=1 in 1 day',
      quoted: ['John Smith', '1'],
    };
    expect(maskMessage(f, true)).toBe(`user=${MASK} names a user or role in clear; isAdmin=${MASK} in 1 day`);
    expect(maskMessage(f, false)).toBe(f.message);
    expect(maskMessage({ message: 'value "abc" is a yes/no flag' }, true)).toBe(
      `value "${MASK}" is a yes/no flag`,
    );
    const big = { message: 'n='.repeat(100_000), quoted: ['n', 'n='] };
    expect(maskMessage(big, true).length).toBeGreaterThan(0);
    expect(cookieLabel({ name: 'sid', domain: 'a.example', path: '/x' })).toBe('sid · a.example/x');
  });

  it('links only well-formed https URLs', () => {
    expect(httpsUrl('https://cheatsheetseries.owasp.org/x')).toBe('https://cheatsheetseries.owasp.org/x');
    expect(httpsUrl('http://example.com')).toBeNull();
    expect(httpsUrl('javascript:alert(1)')).toBeNull();
    expect(httpsUrl('https://')).toBeNull();
    expect(httpsUrl('CWE-614')).toBeNull();
  });
});

describe('fix text', () => {
  it('pulls Express snippets out as code blocks and keeps prose around them', () => {
    const parts = fixParagraphs(
      splitFixText("Add Secure: res.cookie(name, value, { sameSite: 'none', secure: true })."),
    );
    expect(parts).toEqual([
      [{ kind: 'text', text: 'Add Secure: ' }],
      { kind: 'code', text: "res.cookie(name, value, { sameSite: 'none', secure: true })" },
    ]);
  });

  it('keeps calls inside prose parentheses as prose', () => {
    const text = 'Keep it server-side (req.session.user = …) and sign it (res.cookie(a)) instead.';
    expect(splitFixText(text)).toEqual([{ kind: 'text', text }]);
  });

  it('makes long backtick calls blocks and short ones inline code', () => {
    const segs = splitFixText('Use `openssl rand -hex 32` then `session({ secret: SESSION_SECRET })`.');
    expect(segs.map((s) => s.kind)).toEqual(['text', 'inline', 'text', 'code', 'text']);
  });

  it('gives every rule fix at least some text, and balanced code', () => {
    for (const rule of ALL_RULES) {
      const segs = splitFixText(rule.fix);
      expect(segs.length, rule.id).toBeGreaterThan(0);
      expect(segs.map((s) => s.text).join('').length, rule.id).toBeGreaterThan(rule.fix.length * 0.8);
      for (const s of segs.filter((x) => x.kind === 'code')) {
        const opens = (s.text.match(/[({[]/g) ?? []).length;
        const closes = (s.text.match(/[)}\]]/g) ?? []).length;
        expect(opens, `${rule.id}: ${s.text}`).toBe(closes);
      }
    }
  });

  it('never throws on hostile text and bounds its work', () => {
    for (const t of [
      '',
      '`',
      '```',
      'res.cookie(((((',
      'cookie: {',
      '`a',
      'x'.repeat(10_000),
      ': res.cookie(`)`',
    ]) {
      expect(() => splitFixText(t)).not.toThrow();
    }
    expect(splitInlineCode('a `b` c')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'inline', text: 'b' },
      { kind: 'text', text: ' c' },
    ]);
    expect(splitInlineCode('odd ` tick')).toEqual([{ kind: 'text', text: 'odd ` tick' }]);
  });
});
