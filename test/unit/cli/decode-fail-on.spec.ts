/** `decode` for CI and for the README: --fail-on, findings by severity, the README's examples as printed. */
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeCommand } from '../../../src/cli/decode-command.ts';
import { SEVERITY_ORDER } from '../../../src/core/model.ts';
import { memoryIo } from './memory-io.ts';

const NOW = Date.UTC(2026, 10, 21, 12);

const io = () => memoryIo({}, NOW);

/** The shell words of each `npx cookie-lens decode …` line in the README (single or double quotes). */
function readmeDecodeExamples(): string[][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/^npx cookie-lens decode (.*?)(?:\s+#.*)?$/gm)].map((m) =>
    [...(m[1] ?? '').matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((w) => w[1] ?? w[2] ?? w[3] ?? ''),
  );
}

const hs256 = (secret: string) =>
  new SignJWT({ sub: 'alice', password: 'hunter2' })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime(Math.floor(NOW / 1000) + 3600)
    .sign(new TextEncoder().encode(secret));

describe('decode --fail-on', () => {
  it('invalid: exit 1 on a bad signature, 0 when it verifies', async () => {
    const token = await hs256('a long and private secret nobody guesses');
    const bad = io();
    expect(await decodeCommand([token, '--secret', 'another secret', '--fail-on', 'invalid'], bad.io)).toBe(
      1,
    );
    expect(bad.text()).toContain('verification: bad-signature');
    const good = io();
    const secret = 'a long and private secret nobody guesses';
    expect(await decodeCommand([token, '--secret', secret, '--fail-on', 'invalid'], good.io)).toBe(0);
    expect(good.text()).toContain('verification: valid');
  });

  it('a severity: exit 1 on a finding at or above it; combined with invalid by a comma', async () => {
    const token = await hs256('a long and private secret nobody guesses');
    expect(await decodeCommand([token, '--fail-on', 'high'], io().io)).toBe(1); // password claim
    const secret = 'a long and private secret nobody guesses';
    expect(await decodeCommand([token, '--secret', secret, '--fail-on', 'invalid,high'], io().io)).toBe(1);
    expect(await decodeCommand(['plain-value', '--fail-on', 'info'], io().io)).toBe(0);
  });

  it.each([
    [['x.y.z', '--fail-on', 'invalid'], /--fail-on invalid needs a key/],
    [['x.y.z', '--fail-on', 'critical'], /unknown --fail-on 'critical'/],
  ])('%j is a usage error: exit 2, one line', async (args, message) => {
    const t = io();
    expect(await decodeCommand(args, t.io)).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(message);
  });
});

describe('decode output', () => {
  it('lists findings most severe first', async () => {
    const weak = await new SignJWT({ sub: 'u', email: 'a@b.c' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(NOW / 1000) - 60)
      .sign(new TextEncoder().encode('keyboard cat'));
    const t = io();
    await decodeCommand([weak], t.io);
    const severities = t.out
      .filter((l) => /^ {2}\[(high|medium|low|info)\]/.test(l))
      .map((l) => l.slice(3, l.indexOf(']')) as (typeof SEVERITY_ORDER)[number]);
    expect(severities.length).toBeGreaterThan(2);
    expect(new Set(severities).size).toBeGreaterThan(1);
    const ranks = severities.map((s) => SEVERITY_ORDER.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("the README's decode examples work as printed", async () => {
    const examples = readmeDecodeExamples();
    const signed = examples.find((words) => words[0]?.startsWith('s:'));
    expect(signed).toBeDefined();
    const t = io();
    expect(await decodeCommand(signed ?? [], t.io)).toBe(0);
    expect(t.text()).toContain('verification: valid (HS256)');
    expect(t.text()).toContain('weak secret: "keyboard cat" signs this value');
    const jwt = examples.find((words) => words[0]?.startsWith('eyJ') && words.length === 1);
    const j = io();
    expect(await decodeCommand(jwt ?? [], j.io)).toBe(0);
    expect(j.text()).toContain('sub: "alice"');
  });
});
