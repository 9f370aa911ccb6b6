/** `sensitive-value` card numbers: real analytics values from the shared corpus that passed Luhn. */
import { describe, expect, it } from 'vitest';
import { isCardNumber, luhn, sensitiveKind } from '../../../src/core/rules/sensitive-value.ts';

describe('sensitive-value card numbers', () => {
  it.each([
    // sitespeedio/coach cpuTime.har (cnet.com): Adobe Audience Manager id, 38 digits.
    ['demdex', '17662376778342922163466165458379664750'],
    // nytimes.com WebPageTest HAR: a 13-digit epoch-ms timestamp (2015-08-29).
    ['TapAd_TS', '1440877501426'],
    // coach cpuTime.har: Tealium utag_main, hex visitor id and ms timestamps between separators.
    [
      'utag_main',
      'v_id:016717477de700072f25dfb08fa003079001507100838$_sn:1$_ss:1$_st:1542285620520$ses_id:1542283820520%3Bexp-session',
    ],
    // ferguson.har: Monetate mmapi.store JSON with a ms timestamp.
    ['mmapi.store.p.0', '{"mmparams.p":{"uat":"1675488222276|{\\"pageType\\":\\"home\\"}"}}'],
    // …and the same value as it travels, percent-encoded: "%22" must not lend its "2" to the digits.
    ['mmapi.store.p.0', '%7B%22mmparams.p%22%3A%7B%22uat%22%3A%221675488222276%7C%7B%5C%22pageType%5C'],
    ['_ga', 'GA1.2.4111111111111111.1500000000'],
    ['s_vi', '[CS]v1|4111111111111111-4000011A60001B1C[CE]'],
    ['id', '0000000000000000'],
    ['id', '0000000000000000000'],
    ['ts', '2000000000000'],
  ])('%s=%s is not a card number', (name, value) => {
    expect(sensitiveKind(name, value)).toBeNull();
  });

  it('the nearest positives: standalone Luhn-valid card numbers, plain or grouped', () => {
    expect(sensitiveKind('cc', '4111111111111111')).toBe('a card number');
    expect(sensitiveKind('cc', '4111 1111 1111 1111')).toBe('a card number');
    expect(sensitiveKind('cc', '4111-1111-1111-1111')).toBe('a card number');
    expect(sensitiveKind('cc', '3782 822463 10005')).toBe('a card number'); // Amex test number
    expect(sensitiveKind('checkout', 'card=5555555555554444&exp=12/30')).toBe('a card number');
    expect(sensitiveKind('u', 'pan:4111111111111111')).toBe('a card number');
    expect(sensitiveKind('u', 'pan%3D4111%201111%201111%201111')).toBe('a card number');
  });

  it('the Luhn-valid look-alikes are refused for their own reason', () => {
    expect(luhn('1440877501426')).toBe(true); // the TapAd timestamp does pass Luhn
    expect(isCardNumber('1440877501426')).toBe(false); // MII 1 and a 2015 timestamp
    expect(luhn('2000000000000')).toBe(false);
    expect(isCardNumber('2222222222222')).toBe(false); // repeated digit
    expect(isCardNumber('4222222222222')).toBe(true); // 13-digit Visa test number, past year 2100 as ms
    expect(isCardNumber('4111111111111112')).toBe(false); // Luhn fails
  });
});
