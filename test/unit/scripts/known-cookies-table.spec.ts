import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, CSV, OUT } from '../../../scripts/data/build-known-cookies.ts';
import { knownTrackingCookie } from '../../../src/core/roles/known-cookie-lookup.ts';

describe('the known-cookies table (Open Cookie Database)', () => {
  it('is what the generator makes of the vendored CSV (not stale, not edited by hand)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(buildTable(readFileSync(CSV, 'utf8')));
  });

  it('answers exact names, then the longest wildcard prefix, case-sensitively', () => {
    expect(knownTrackingCookie('_ga')).toEqual({ category: 'Analytics', platform: 'Google Analytics' });
    expect(knownTrackingCookie('_ga_ABC123')).toEqual({
      category: 'Analytics',
      platform: 'Google Analytics',
    });
    // `_gac_gb_` (Google Ads, Marketing) is longer than `_gac_` (Google Analytics, Marketing).
    expect(knownTrackingCookie('_gac_gb_x')).toEqual({ category: 'Marketing', platform: 'Google Ads' });
    expect(knownTrackingCookie('_gac_UA-1')).toEqual({ category: 'Marketing', platform: 'Google Analytics' });
    expect(knownTrackingCookie('n360-ttd')?.category).toBe('Marketing');
    expect(knownTrackingCookie('_GA')).toBeNull();
    expect(knownTrackingCookie('connect.sid')).toBeNull();
  });
});
