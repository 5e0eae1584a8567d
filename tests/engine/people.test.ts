// Simulated people react to the player: they answer pages (or escalate when they do not), take on
// delegated work and report back, accept command, pile in when nobody leads, chase updates, and
// fill the roles they are given.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { PLAYER_ID } from '../../src/engine';
import { HANDOFF_ACK_DELAY, TASK_ACK_DELAY } from '../../src/engine/people';
import type { ScenarioInput } from '../../src/scenario/schema';
import { drill } from '../helpers/drill';
import { checkout, makeScenario, MINIMAL_SCENARIO } from '../helpers/scenarios';

const PILE_IN_LINES = ['+1 seeing errors too', 'anyone looking at this?', 'is this related to the deploy earlier?', 'my dashboards are all red, who is on it?', 'maybe it is DNS?', 'customers are pinging me about this'];
const ETA_LINES = ['Any update I can share? Customers are asking.', 'What is the ETA on a fix?', 'Support is getting tickets. What do I tell them?'];

/** Ana does not answer her pager; it escalates to Bo, her manager. */
const escalation = (anaEscalates = true) =>
  makeScenario({
    people: [
      { id: 'ana', name: 'Ana Lima', handle: 'ana', role: 'responder', title: 'API on-call', team: 'core', ...(anaEscalates ? { escalatesTo: 'bo' } : {}), behaviour: { answersPages: false } },
      { id: 'bo', name: 'Bo Chen', handle: 'bo', role: 'manager', title: 'Engineering manager', team: 'core', behaviour: { ackDelay: '1m' } },
    ] satisfies ScenarioInput['people'],
  });

describe('pages', () => {
  it('a paged person answers after their ack delay and joins the channel', () => {
    const d = drill(checkout()).at('1m').page('lena');
    d.at('3m55s');
    expect(d.state.people.lena?.present).toBe(false);
    d.at('4m');
    expect(d.state.people.lena).toMatchObject({ present: true, ackedAt: 240, escalatedAt: null });
    d.expectMessage({ from: 'lena', kind: 'ack', text: 'Lena Fischer here (Database on-call), joining.' });
  });

  it('an unanswered page escalates after the doctrine ack timeout to the next person, who answers', () => {
    const d = drill(escalation()).at('1m').page('ana').at('5m55s');
    expect(d.state.people.ana?.escalatedAt).toBeNull();
    d.at('6m');
    expect(d.state.people.ana).toMatchObject({ present: false, escalatedAt: 360 });
    expect(d.state.people.bo).toMatchObject({ pagedAt: 360, pagedBy: 'pager' });
    d.expectMessage({ from: 'pager', kind: 'status', text: 'Page to Ana Lima unacknowledged for 5m; escalated to Bo Chen (Engineering manager).' });
    d.at('7m');
    expect(d.state.people.bo).toMatchObject({ present: true, ackedAt: 420 });
  });

  it('the ack timeout comes from the doctrine pack', () => {
    const doctrine = structuredClone(DEFAULT_DOCTRINE);
    doctrine.escalation.ackTimeoutMinutes = 2;
    const d = drill(escalation(), { doctrine }).at('1m').page('ana').at('3m');
    expect(d.state.people.ana?.escalatedAt).toBe(180);
    d.expectMessage({ from: 'pager', text: 'unacknowledged for 2m' });
  });

  it('with nobody further on the policy, the pager says so', () => {
    drill(escalation(false)).page('ana').at('5m').expectMessage({ from: 'pager', text: 'nobody further on the escalation policy' });
  });

  it('a page answered in time does not escalate', () => {
    const d = drill(checkout()).page('maya').advance('10m');
    expect(d.state.people.maya?.escalatedAt).toBeNull();
    expect(d.state.people.dev?.pagedAt).toBeNull();
    d.expectNoMessage({ from: 'pager' });
  });
});

describe('delegated tasks', () => {
  it('are acknowledged, worked, and reported with the findings', () => {
    const d = drill(checkout()).claimCommand().page('maya').advance('2m').delegate('maya', { kind: 'investigate', source: 'dashboard', service: 'checkout' }, '5m');
    const assignedAt = d.time;
    d.advance(TASK_ACK_DELAY).expectMessage({ from: 'maya', kind: 'ack', text: 'On it: check checkout dashboard.' }, assignedAt);
    d.advance('3m');
    const clue = checkout().clues.find((c) => c.id === 'checkout-dashboard')!;
    d.expectMessage({ from: 'maya', kind: 'finding', place: 'main', text: clue.text }, assignedAt);
    expect(d.state.tasks[0]).toMatchObject({ status: 'done', to: 'maya' });
  });

  it('report plainly when there is nothing to find', () => {
    drill(checkout()).delegate('arjun', { kind: 'investigate', source: 'logs', service: 'catalog' }).advance('5m').expectMessage({ from: 'arjun', kind: 'finding', text: 'Nothing unusual in catalog logs.' });
  });

  it('a delegated mitigation is applied by that person and works', () => {
    const d = drill(checkout()).claimCommand().delegate('arjun', { kind: 'mitigate', mitigation: 'rollback-checkout' }).advance('10m').expectMitigated();
    expect(d.state.mitigations.map((m) => m.by)).toEqual(['arjun']);
    expect(d.state.people.arjun?.busyUntil).toBeGreaterThan(0);
  });
});

describe('command', () => {
  it('a handoff waits for the acknowledgement before command changes hands', () => {
    const d = drill(checkout()).claimCommand().handOff('arjun');
    for (let waited = 0; waited < HANDOFF_ACK_DELAY; waited += 5) {
      expect(d.state.command.ic).toBe(PLAYER_ID);
      d.advance(5);
    }
    expect(d.state.command.ic).toBe('arjun');
    expect(d.state.command.history.map((h) => h.how)).toEqual(['claimed', 'handoff']);
  });

  it('with no commander, bystanders and responders pile into the main channel', () => {
    const d = drill(checkout()).at('15m');
    const pileIn = d.messages.filter((m) => PILE_IN_LINES.includes(m.text));
    expect(pileIn.length).toBeGreaterThanOrEqual(3);
    expect(pileIn.every((m) => m.place === 'main' && ['arjun', 'sam', 'tom'].includes(m.from))).toBe(true);
    // At most one every three minutes.
    pileIn.slice(1).forEach((m, i) => expect(m.at - pileIn[i]!.at).toBeGreaterThanOrEqual(180));
  });

  it('a commander quiets the pile-in', () => {
    const d = drill(checkout()).claimCommand().at('15m');
    expect(d.messages.filter((m) => PILE_IN_LINES.includes(m.text))).toEqual([]);
  });

  it('nobody piles in while customers cannot see anything', () => {
    const quiet = makeScenario({
      faults: [{ id: 'api-bug', kind: 'bad-deploy', service: 'api', description: 'Starts late.', onset: '50m', effect: { errorRate: 0.5 } }],
      people: [...MINIMAL_SCENARIO.people, { id: 'zed', name: 'Zed', handle: 'zed', role: 'bystander', title: 'Analyst', team: 'growth', present: true }],
    });
    expect(drill(quiet).at('30m').findMessages({ from: 'zed' })).toEqual([]);
  });
});

describe('stakeholders and roles', () => {
  it('stakeholders ask for news when the update cadence slips', () => {
    const d = drill(checkout()).claimCommand().at('1m').sev(1).at('30m55s');
    expect(d.messages.filter((m) => ETA_LINES.includes(m.text))).toEqual([]);
    d.at('31m');
    const asks = d.messages.filter((m) => ETA_LINES.includes(m.text));
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ at: 1860, place: 'stakeholders', kind: 'question' });
  });

  it('nobody chases updates that come on time', () => {
    const d = drill(checkout()).claimCommand().at('1m').sev(1).update().at('21m').update().at('41m').update().at('55m');
    expect(d.messages.filter((m) => ETA_LINES.includes(m.text))).toEqual([]);
  });

  it('a comms lead posts stakeholder updates on the doctrine cadence', () => {
    const d = drill(checkout()).claimCommand().at('1m').sev(1).assignRole('comms', 'arjun').at('40m');
    const updates = d.findMessages({ from: 'arjun', place: 'stakeholders', kind: 'status' });
    expect(updates.map((m) => m.at)).toEqual([180, 180 + 1800]);
    expect(updates[0]?.text).toMatch(/^SEV1 update\. Impact: about \d+% of users affected\. .*Next update in 30m\.$/);
    expect(updates[0]?.fields).toMatchObject({ status: 'investigating and mitigating', next: 1800 });
    expect(d.messages.filter((m) => ETA_LINES.includes(m.text))).toEqual([]);
  });

  it('a comms lead waits for a severity before posting', () => {
    const d = drill(checkout()).claimCommand().assignRole('comms', 'arjun').at('10m');
    expect(d.findMessages({ from: 'arjun', place: 'stakeholders' })).toEqual([]);
  });

  it('the player holding comms posts their own updates', () => {
    const d = drill(checkout()).claimCommand().sev(1).assignRole('comms', PLAYER_ID).at('10m');
    expect(d.findMessages({ place: 'stakeholders', kind: 'status' })).toEqual([]);
  });

  it('a scribe calls out the time since the first page', () => {
    const d = drill(checkout()).claimCommand().assignRole('scribe', 'arjun').at('1m').page('maya').at('25m');
    const callouts = d.findMessages({ from: 'arjun', text: 'Time check' });
    expect(callouts).toHaveLength(2);
    for (const [i, m] of callouts.entries()) {
      expect(m).toMatchObject({ place: 'main', kind: 'status' });
      const [, mm, ss] = /^Time check: (\d\d):(\d\d) since the first page\.$/.exec(m.text) ?? [];
      expect(Number(mm) * 60 + Number(ss)).toBe(m.at - 60);
      if (i > 0) expect(m.at - callouts[i - 1]!.at).toBe(600);
    }
  });

  it('a scribe has nothing to call out before anyone is paged', () => {
    const d = drill(checkout()).claimCommand().assignRole('scribe', 'arjun').at('25m');
    expect(d.findMessages({ from: 'arjun', text: 'Time check' })).toEqual([]);
  });
});
