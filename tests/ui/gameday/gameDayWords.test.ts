// The game day's pure parts: routes, the kept identity, the free inject form, the key events.
import { beforeEach, describe, expect, it } from 'vitest';
import { FACILITATOR_ID } from '../../../src/engine';
import { buildFreeInject, type FreeInjectForm } from '../../../src/ui/gameday/console/freeInject';
import { keyEvents, optionalInjects } from '../../../src/ui/gameday/events';
import { parseIdentity, savedIdentity, saveIdentity, takeFacilitatorLink } from '../../../src/ui/gameday/identity';
import { formatRoute, parseRoute } from '../../../src/ui/route';
import { applied, seatGame, TOKEN } from './fakePort';

describe('game-day routes', () => {
  it('parses and formats the create, join, room and facilitator-link routes', () => {
    expect(parseRoute('#/gameday/new')).toEqual({ name: 'gameday-new' });
    expect(parseRoute('#/gameday/join')).toEqual({ name: 'gameday-join' });
    expect(parseRoute('#/gameday/join?code=abc234')).toEqual({ name: 'gameday-join', code: 'ABC234' });
    expect(parseRoute('#/gameday/room/ABC234')).toEqual({ name: 'gameday-room', code: 'ABC234' });
    expect(parseRoute(`#/gameday/ABC234/facilitator?token=${TOKEN}`)).toEqual({ name: 'gameday-host', code: 'ABC234', token: TOKEN });
    for (const route of [{ name: 'gameday-new' }, { name: 'gameday-join', code: 'ABC234' }, { name: 'gameday-room', code: 'ABC234' }] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });

  it('treats a malformed code or token as a page that is not there', () => {
    expect(parseRoute('#/gameday/room/ABC10I').name).toBe('not-found');
    expect(parseRoute('#/gameday/ABC234/facilitator?token=short').name).toBe('not-found');
    expect(parseRoute('#/gameday/join?code=<script>')).toEqual({ name: 'gameday-join' });
  });
});

describe('kept identity', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('round-trips through session storage and drops anything malformed', () => {
    saveIdentity({ code: 'ABC234', role: 'ops', name: 'Sam', token: TOKEN });
    expect(savedIdentity('ABC234')).toEqual({ code: 'ABC234', role: 'ops', name: 'Sam', token: TOKEN });
    expect(savedIdentity('XYZ789')).toBeNull();
    window.sessionStorage.setItem('firedrill.gameday.v1', '{"code":"ABC234","role":"admin","name":"x","token":"' + TOKEN + '"}');
    expect(savedIdentity()).toBeNull();
    expect(window.sessionStorage.getItem('firedrill.gameday.v1')).toBeNull();
    window.sessionStorage.setItem('firedrill.gameday.v1', 'not json');
    expect(savedIdentity()).toBeNull();
    expect(parseIdentity(null)).toBeNull();
  });

  it('takes the facilitator link token into storage and out of the address bar', () => {
    window.history.replaceState(null, '', `/#/gameday/ABC234/facilitator?token=${TOKEN}`);
    takeFacilitatorLink();
    expect(window.location.hash).toBe('#/gameday/room/ABC234');
    expect(window.location.href).not.toContain(TOKEN);
    expect(savedIdentity('ABC234')).toMatchObject({ role: 'facilitator', token: TOKEN });
  });
});

describe('free inject form', () => {
  const base: FreeInjectForm = { kind: 'message', from: 'maya', place: 'main', text: '', service: 'checkout', severity: 'warning', alertname: '', summary: '', metric: 'p99', value: '' };

  it('builds each kind of inject, with shares typed as percentages', () => {
    expect(buildFreeInject({ ...base, text: ' Hello ' })).toEqual({ inject: { kind: 'message', from: 'maya', place: 'main', text: 'Hello' } });
    expect(buildFreeInject({ ...base, kind: 'alert', alertname: 'Disk', summary: 'Full' })).toEqual({ inject: { kind: 'alert', service: 'checkout', severity: 'warning', alertname: 'Disk', summary: 'Full' } });
    expect(buildFreeInject({ ...base, kind: 'metric-shift', value: '900' })).toEqual({ inject: { kind: 'metric-shift', service: 'checkout', baseline: { p99: 900 } } });
    expect(buildFreeInject({ ...base, kind: 'metric-shift', metric: 'saturation', value: '85' })).toEqual({ inject: { kind: 'metric-shift', service: 'checkout', baseline: { saturation: 0.85 } } });
  });

  it('names what is missing or out of range', () => {
    expect(buildFreeInject(base)).toEqual({ problem: 'Write the message.' });
    expect(buildFreeInject({ ...base, kind: 'alert' })).toEqual({ problem: expect.stringContaining('alert a name') });
    expect(buildFreeInject({ ...base, kind: 'metric-shift', metric: 'errorRate', value: '140' })).toEqual({ problem: expect.stringContaining('0 to 100') });
    expect(buildFreeInject({ ...base, kind: 'metric-shift', value: 'fast' })).toEqual({ problem: expect.stringContaining('as a number') });
  });
});

describe('key events', () => {
  it('lists command, severity, pages, mitigations and facilitator injects in time order', () => {
    const game = applied(
      seatGame(),
      { type: 'command/claimed', by: 'ic' },
      { type: 'clock/advanced', seconds: 90 },
      { type: 'severity/declared', by: 'ic', level: 2 },
      { type: 'page/sent', by: 'ic', to: 'maya' },
      { type: 'facilitator/injected', by: FACILITATOR_ID, inject: { kind: 'message', from: 'maya', place: 'main', text: 'Hello from support' } },
    );
    const events = keyEvents(game);
    expect(events.map((e) => e.tag)).toEqual(['command', 'severity', 'page', 'inject']);
    expect(events.map((e) => e.at)).toEqual([0, 90, 90, 90]);
    expect(events[3]!.text).toContain('Hello from support');
  });

  it("lists the scenario's optional injects by id with readable labels", () => {
    const injects = optionalInjects(seatGame());
    expect(injects.length).toBeGreaterThan(0);
    for (const inject of injects) expect(inject.label).not.toMatch(/undefined|\[object/);
  });
});
