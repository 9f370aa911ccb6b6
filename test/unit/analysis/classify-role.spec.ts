import { describe, expect, it } from 'vitest';
import { valueFacts } from '../../../src/core/analysis/value-facts.ts';
import { classifyRole } from '../../../src/core/roles/classify-role.ts';

const role = (name: string, value = 'x') => classifyRole(name, valueFacts(value, 0));
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

describe('classifyRole (docs/architecture.md §4)', () => {
  it.each([
    'connect.sid',
    'PHPSESSID',
    'JSESSIONID',
    'ASP.NET_SessionId',
    '.AspNetCore.Cookies',
    '_myapp_session',
    'remember_web_59ba',
    '__Host-sid',
    'access_token',
    'userToken',
    'my_sess',
  ])('%s is auth', (name) => {
    expect(role(name).role).toBe('auth');
  });

  it('says why: value is a JWT, or an express signed value', () => {
    expect(role('blob', JWT)).toEqual({ role: 'auth', confidence: 'medium', reasons: ['value is a JWT'] });
    expect(role('x', 's%3Aabc.Wn1B0hUgrYwJbMoCjCv0y9bb8m3Xk5u6G8mJm7m2wHc').reasons).toEqual([
      'value is an express signed (s:) value',
    ]);
    expect(role('connect.sid').reasons[0]).toMatch(/well-known/);
  });

  it('csrf names are not auth even with "token" in them', () => {
    expect(role('csrf_token').role).toBe('csrf');
    expect(role('XSRF-TOKEN').role).toBe('csrf');
  });

  it.each([
    ['_ga', 'tracking'],
    ['_ga_ABC123', 'tracking'],
    ['_gcl_au', 'tracking'],
    ['_fbp', 'tracking'],
    ['__utma', 'tracking'],
    ['_hjSessionUser_1', 'tracking'],
    ['theme', 'preference'],
    ['lang', 'preference'],
    ['sidebar', 'unknown'],
    ['considered', 'unknown'],
  ])('%s is %s', (name, expected) => {
    expect(role(name).role).toBe(expected);
  });
});

const ID = 'q8Vx2LmT7pZk4RbN3c';
const has = (cookie: string, value: string, evidence = {}) =>
  classifyRole(cookie, valueFacts(value, 0), evidence);

/** Roles from evidence, each case taken from a real capture in test/fixtures/real-hars (issue #12). */
describe('roles from evidence, with confidence', () => {
  it('a framework session name with a secret-like value is auth with high confidence', () => {
    expect(has('PHPSESSID', '0sq90dqt0uonnasahl67ikosd0')).toMatchObject({
      role: 'auth',
      confidence: 'high',
    });
    expect(has('ASP.NET_SessionId', 'iothqqsrn3abpnq5wlffgbds')).toMatchObject({ confidence: 'high' });
    expect(has('_homeland_session', `%2BPqmS9%2B8BS0lpK1Q9Nzg5IkUR3B%2BECd1ApYtz33R4U`).confidence).toBe(
      'high',
    );
  });

  it('counters, yes/no flags and timestamps are never credentials, whatever the name', () => {
    for (const [name, value] of [
      ['cnetSessionCount', '1'],
      ['kampyleSessionPageCounter', '3'],
      ['kampyleUserSessionsCount', '12'],
      ['cnetSessionStarted', '1542283817282'],
      ['isLoggedInSession', 'yes'],
    ] as const) {
      const r = has(name, value);
      expect(r.role, `${name}=${value}`).not.toBe('auth');
      expect(r.reasons.join(' ')).toMatch(/not a credential/);
    }
  });

  it('Analytics and Marketing cookies of the Open Cookie Database are tracking, never credentials', () => {
    expect(has('DSID', ID)).toMatchObject({ role: 'tracking', confidence: 'high' });
    expect(has('DSID', ID).reasons[0]).toMatch(/Open Cookie Database: a .*Google.* cookie \(Marketing\)/);
    expect(has('_gac_UA-1234', ID).role).toBe('tracking'); // a wildcard (prefix) entry
    // Case-sensitive, as cookie names are: `sid` on a site of its own is not Google's `SID`.
    expect(has('sid', ID).role).toBe('auth');
  });

  it('a name fragment alone is weak evidence; a third-party setter or a sent-only cookie lowers it', () => {
    expect(has('my_sess', ID)).toMatchObject({ role: 'auth', confidence: 'medium' });
    expect(has('da_sid', 'F9E4E5938E33AE8E2942AA134A95482FD9.0|4|0|3', { thirdParty: true })).toMatchObject({
      role: 'auth',
      confidence: 'low',
    });
    const sentOnly = has('enwikimwuser-sessionId', '6b7f2e4c1a9d3b5e8f0a', { sentOnly: true });
    expect(sentOnly).toMatchObject({ role: 'auth', confidence: 'low' });
    expect(sentOnly.reasons.join(' ')).toMatch(/never seen set/);
    expect(has('JSESSIONID', ID, { sentOnly: true }).confidence).toBe('medium');
  });

  it('a short value under a strong name is auth with medium confidence, saying why', () => {
    const r = has('sid', 'abc123');
    expect(r).toMatchObject({ role: 'auth', confidence: 'medium' });
    expect(r.reasons).toContain('value "abc123" is short for a secret');
  });

  it('a value the page echoes as its CSRF token is the CSRF token, not the session', () => {
    const r = has('JSESSIONID', '"ajax:6397089261371032347"', { csrfEcho: 'the csrfToken parameter' });
    expect(r).toEqual({
      role: 'csrf',
      confidence: 'high',
      reasons: ['the page sends its value as the csrfToken parameter'],
    });
  });
});
