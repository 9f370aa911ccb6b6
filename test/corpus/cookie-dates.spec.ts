/**
 * The http-state cookie-date vectors (RFC 6265 §5.1.1, unchanged in 6265bis): `expected` is the UTC
 * date string, null = "not a date". bsd-examples.json starts with `//` licence lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCookieDate } from '../../src/core/cookie/cookie-date.ts';

interface DateCase {
  test: string;
  expected: string | null;
}

function load(file: string): DateCase[] {
  const url = new URL(`./data/http-state/dates/${file}`, import.meta.url);
  const text = readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return JSON.parse(text) as DateCase[];
}

const files: [string, number][] = [
  ['examples.json', 15],
  ['bsd-examples.json', 55],
];

for (const [file, count] of files) {
  describe(`http-state/dates/${file}`, () => {
    const cases = load(file);
    it(`has ${count} vectors`, () => expect(cases.length).toBe(count));
    for (const c of cases) {
      it(`${JSON.stringify(c.test)} → ${c.expected}`, () => {
        expect(parseCookieDate(c.test)?.toUTCString() ?? null).toBe(c.expected);
      });
    }
  });
}
