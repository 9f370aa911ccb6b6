import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '../../../scripts/demo/html.ts';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml('plain text')).toBe('plain text');
  });
});

describe('html', () => {
  it('escapes interpolated strings and numbers but keeps nested fragments', () => {
    const name = '<script>alert(1)</script>';
    const out = html`<p>${name} ${42} ${html`<b>${'&'}</b>`}</p>`;
    expect(out.value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; 42 <b>&amp;</b></p>');
  });

  it('joins arrays and drops null, undefined and false', () => {
    expect(html`${['<', html`<i></i>`]}${null}${undefined}${false}`.value).toBe('&lt;<i></i>');
  });

  it('escapes attribute breakouts', () => {
    expect(html`<a title="${'" onmouseover="x'}">`.value).toBe('<a title="&quot; onmouseover=&quot;x">');
    expect(raw('<hr>').value).toBe('<hr>');
  });
});
