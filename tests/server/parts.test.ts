import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../src/gameday/protocol';
import { cspOf } from '../../src/server/http';
import { RateLimit } from '../../src/server/rateLimit';
import { hashToken, newJoinCode, newToken } from '../../src/server/secrets';

describe('server parts', () => {
  it('join codes: six characters, none that look alike', () => {
    for (let i = 0; i < 500; i++) expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('tokens are long and random; the store keeps a hash', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toContain(a);
  });

  it('reads the Content-Security-Policy of index.html, across lines', () => {
    const html = `<head>\n<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src 'self';\n    connect-src 'self' ws:"\n/></head>`;
    expect(cspOf(html)).toBe("default-src 'self'; connect-src 'self' ws:");
    expect(cspOf('<head></head>')).toBeNull();
  });

  it('rate limit: a burst, then the refill rate', () => {
    let now = 0;
    const limit = new RateLimit(5, 2, () => now);
    expect(Array.from({ length: 7 }, () => limit.take())).toEqual([true, true, true, true, true, false, false]);
    now += 1000;
    expect([limit.take(), limit.take(), limit.take()]).toEqual([true, true, false]);
  });
});
