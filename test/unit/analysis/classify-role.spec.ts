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
    expect(role('blob', JWT)).toEqual({ role: 'auth', reasons: ['value is a JWT'] });
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
