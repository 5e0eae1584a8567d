import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/scenario/duration';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['5m', 300],
    ['1h', 3600],
    ['1h30m', 5400],
    ['1h30m15s', 5415],
    ['2m30s', 150],
    ['1h5s', 3605],
    ['0s', 0],
    ['0m', 0],
    ['90m', 5400],
    ['120s', 120],
    [' 5m ', 300],
    ['007s', 7],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each([0, 1, 90, 3600, Number.MAX_SAFE_INTEGER])('takes a whole number %i as seconds', (seconds) => {
    expect(parseDuration(seconds)).toBe(seconds);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(parseDuration(-0), 0)).toBe(true);
  });

  it.each([
    '5 minutes',
    '5',
    '300',
    '',
    '   ',
    '5M',
    '5min',
    '1.5m',
    '-5m',
    '+5m',
    '30m1h',
    '5s5m',
    '1h 30m',
    'h',
    'ms',
    '5m5m',
    '1d',
    'PT5M',
    '99999999999999999999h',
  ])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, 1e300])('refuses the number %d', (value) => {
    expect(parseDuration(value)).toBeNull();
  });

  it.each([null, undefined, true, {}, [], ['5m'], { m: 5 }])('refuses a non-duration value %j', (value) => {
    expect(parseDuration(value)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [1, '1s'],
    [59, '59s'],
    [60, '1m'],
    [90, '1m30s'],
    [300, '5m'],
    [3600, '1h'],
    [3605, '1h5s'],
    [5400, '1h30m'],
    [5415, '1h30m15s'],
    [90000, '25h'],
  ])('writes %i seconds as %j', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('rounds to whole seconds', () => {
    expect(formatDuration(89.6)).toBe('1m30s');
    expect(formatDuration(0.4)).toBe('0s');
  });

  it('writes negative times as 0s', () => {
    expect(formatDuration(-5)).toBe('0s');
  });

  it('round-trips with parseDuration for any whole number of seconds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 * 24 * 3600 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds))).toBe(seconds);
      }),
    );
  });

  it('writes every text in its shortest form (h, m, s each once, in order, m and s below 60)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 * 24 * 3600 }), (seconds) => {
        expect(formatDuration(seconds)).toMatch(/^(?:\d+h)?(?:[1-5]?\dm)?(?:[1-5]?\ds)?$/);
      }),
    );
  });
});
