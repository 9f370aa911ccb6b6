/**
 * Issue #19 break 2: no silent truncation. 500,000 `{}` entries before one real entry once gave
 * "0 exchanges, no findings" and exit 0 under `--fail-on high`. Every bound that drops data is said on
 * stderr and in the report's `limits`, and `--fail-on` does not pass a file it did not fully read.
 */
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../../src/cli/audit-command.ts';
import { MAX_HAR_ENTRIES } from '../../../src/core/har/har-to-exchanges.ts';
import { memoryIo } from './memory-io.ts';

const NOW = Date.parse('2026-01-15T12:00:00Z');

const bad = {
  startedDateTime: '2026-01-15T11:00:00Z',
  request: { method: 'POST', url: 'https://bank.example/login', headers: [] },
  response: {
    status: 200,
    headers: [{ name: 'Set-Cookie', value: 'session=abcdefghijklmnopqrstuvwxyz123456' }],
  },
};

/** The reproducer, built as text (no 500k-object array in the test's own memory twice). */
function paddedHar(): string {
  return `{"log":{"entries":[${'{},'.repeat(MAX_HAR_ENTRIES)}${JSON.stringify(bad)}]}}`;
}

/** Every test reads one file; its name is in the test's own arguments. */
const io = (text: string) => memoryIo({ 'big.har': text, 'h.har': text, 'ok.har': text }, NOW);

describe('audit says every limit (break 2)', () => {
  const text = paddedHar();

  it('--fail-on high on a file cut at 500,000 entries: exit 2, one line, nothing on stdout', async () => {
    const r = io(text);
    expect(await auditCommand(['big.har', '--fail-on', 'high'], r.io)).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.at(-1)).toMatch(
      /^cookie-lens audit: big\.har: not fully read \(only the first 500,000 entries/,
    );
    expect(r.err.at(-1)).toContain('--allow-partial');
  });

  it('without --fail-on: the report says it in `limits` and stderr says it too', async () => {
    const r = io(text);
    expect(await auditCommand(['big.har', '--format', 'json'], r.io)).toBe(0);
    const report = JSON.parse(r.out.join('\n'));
    expect(report.limits).toEqual([
      {
        kind: 'har-entries',
        limit: MAX_HAR_ENTRIES,
        dropped: 1,
        message: 'only the first 500,000 entries were read; 1 more were not',
      },
    ]);
    expect(r.err).toContain(
      'cookie-lens audit: limit: big.har: only the first 500,000 entries were read; 1 more were not',
    );
  });

  it('--allow-partial judges what was read (exit 0 here: nothing was), and the table says so', async () => {
    const r = io(text);
    expect(await auditCommand(['big.har', '--fail-on', 'high', '--allow-partial'], r.io)).toBe(0);
    expect(r.out.join('\n')).toContain('not fully read: only the first 500,000 entries were read');
  });

  it('a Set-Cookie header over 1 MB is cut and said', async () => {
    const huge = {
      ...bad,
      response: {
        status: 200,
        headers: [{ name: 'Set-Cookie', value: `a=${'x'.repeat(1024 * 1024 + 10)}` }],
      },
    };
    const r = io(JSON.stringify({ log: { entries: [huge] } }));
    expect(await auditCommand(['h.har', '--format', 'md'], r.io)).toBe(0);
    expect(r.out.join('\n')).toContain('**Not fully read**: 1 Cookie/Set-Cookie/Authorization value was cut');
    expect(
      r.err.some((l) => l.includes('limit: h.har: 1 Cookie/Set-Cookie/Authorization value was cut')),
    ).toBe(true);
  });

  it('a file within every bound has no limits', async () => {
    const r = io(JSON.stringify({ log: { entries: [bad] } }));
    expect(await auditCommand(['ok.har', '--format', 'json', '--fail-on', 'info'], r.io)).toBe(1);
    expect(JSON.parse(r.out.join('\n')).limits).toBeUndefined();
  });
});
