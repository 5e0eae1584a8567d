import { describe, expect, it } from 'vitest';
import { delegateTask } from '../../../src/engine/actions/delegateTask';
import { INVESTIGATION_COST, PLAYER_ID } from '../../../src/engine';
import { APPLY_MITIGATION_TIME, TASK_ACK_DELAY } from '../../../src/engine/people';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

const WORK_DELAY = 60; // Arjun's and Maya's behaviour.workDelay in the checkout scenario

describe('task/delegated', () => {
  it('names one person, the work and a time box; they acknowledge, work, and report findings', () => {
    const d = drill(checkout()).at('2m').claimCommand().delegate('arjun', { kind: 'investigate', source: 'logs', service: 'checkout' }, '5m');
    expect(d.state.tasks).toEqual([
      { id: 0, by: PLAYER_ID, to: 'arjun', work: { kind: 'investigate', source: 'logs', service: 'checkout' }, timebox: 300, assignedAt: 120, ackedAt: null, doneAt: null, status: 'assigned', workIndex: null },
    ]);
    expect(d.messages.at(-1)).toMatchObject({ from: PLAYER_ID, kind: 'assignment', mentions: ['arjun'], text: 'Arjun, please check checkout logs; report back in 5 minutes.' });

    d.advance(TASK_ACK_DELAY);
    expect(d.state.tasks[0]).toMatchObject({ status: 'acknowledged', ackedAt: 150, workIndex: 0 });
    d.expectMessage({ from: 'arjun', kind: 'ack', text: 'On it: check checkout logs. Will report back within 5m.' });
    const doneAt = 150 + INVESTIGATION_COST.logs + WORK_DELAY;
    expect(d.state.investigations[0]).toMatchObject({ by: 'arjun', source: 'logs', service: 'checkout', startedAt: 150, doneAt, done: false });
    expect(d.state.people.arjun?.busyUntil).toBe(doneAt);

    d.at(doneAt);
    expect(d.state.tasks[0]).toMatchObject({ status: 'done', doneAt });
    expect(d.state.cluesFound).toContain('checkout-logs');
    const clue = checkout().clues.find((c) => c.id === 'checkout-logs')!;
    d.expectMessage({ from: 'arjun', kind: 'finding', place: 'main', text: clue.text });
  });

  it('a delegated mitigation is applied by that person, who reports it done', () => {
    const d = drill(checkout()).at('2m').claimCommand().delegate('arjun', { kind: 'mitigate', mitigation: 'rollback-checkout' });
    const appliedAt = 120 + TASK_ACK_DELAY + APPLY_MITIGATION_TIME + WORK_DELAY;
    d.at(appliedAt - 5);
    expect(d.state.mitigations).toEqual([]);
    d.at(appliedAt);
    expect(d.state.mitigations).toMatchObject([{ id: 'rollback-checkout', by: 'arjun', appliedAt }]);
    d.expectMessage({ from: 'arjun', kind: 'status', text: 'Done: Roll back checkout to 2024.11.2.' });
    d.at(appliedAt + 180).expectMitigated();
  });

  it('queues a second task behind the first for a busy person', () => {
    const d = drill(checkout())
      .delegate('arjun', { kind: 'investigate', source: 'logs', service: 'checkout' })
      .delegate('arjun', { kind: 'investigate', source: 'deploys', service: 'checkout' })
      .advance(TASK_ACK_DELAY);
    const [first, second] = d.state.investigations;
    expect(second!.startedAt).toBe(first!.doneAt);
  });

  it('says sorry when the report is later than the time box', () => {
    drill(checkout())
      .delegate('arjun', { kind: 'investigate', source: 'logs', service: 'checkout' }, '1m')
      .advance('10m')
      .expectMessage({ from: 'arjun', text: 'sorry, that took longer than promised' });
  });

  it('root-cause work runs as that person and a deep dive reports its clues', () => {
    const d = drill(checkout()).delegate('arjun', { kind: 'root-cause', step: 'deep-dive', service: 'checkout' }, '15m').advance(TASK_ACK_DELAY);
    expect(d.state.rootCause).toMatchObject([{ step: 'deep-dive', service: 'checkout', by: 'arjun', done: false }]);
    d.advance('14m');
    expect(d.state.cluesFound).toContain('serializer-diff');
    d.expectMessage({ from: 'arjun', kind: 'finding', text: 'renames the token field' });
  });

  it('refuses people who are unknown, absent, or not engineers', () => {
    const d = drill(checkout());
    const work = { kind: 'investigate', source: 'logs', service: 'checkout' } as const;
    d.expectRejected('unknown-person').delegate('nobody', work);
    d.expectRejected('not-available').delegate('maya', work);
    expect(d.lastRejection?.message).toMatch(/page them first/);
    d.expectRejected('not-available').delegate('sam', work);
    expect(d.lastRejection?.message).toMatch(/does not take engineering tasks/);
    d.expectRejected('not-available').delegate('tom', work);
  });

  it('refuses work on unknown things with the matching code', () => {
    const d = drill(checkout());
    d.expectRejected('unknown-mitigation').delegate('arjun', { kind: 'mitigate', mitigation: 'reboot-the-internet' });
    d.expectRejected('unknown-service').delegate('arjun', { kind: 'investigate', source: 'logs', service: 'mainframe' });
    d.expectRejected('unknown-service').delegate('arjun', { kind: 'root-cause', step: 'deep-dive', service: 'mainframe' });
  });

  it('refuses work that cannot start: a mitigation already delegated or running, a patch before its deep dive', () => {
    const d = drill(checkout()).delegate('arjun', { kind: 'mitigate', mitigation: 'rollback-checkout' });
    d.expectRejected('not-available').delegate('arjun', { kind: 'mitigate', mitigation: 'rollback-checkout' });
    expect(d.lastRejection?.message).toMatch(/already delegated/);
    d.expectRejected('not-available').mitigate('rollback-checkout');
    d.expectRejected('not-available').delegate('arjun', { kind: 'root-cause', step: 'write-patch', service: 'checkout' });
    expect(d.lastRejection?.message).toMatch(/deep dive first/);
  });

  it('refuses malformed payloads', () => {
    const d = drill(checkout());
    d.expectRejected('invalid-payload').do({ type: 'task/delegated', to: 'arjun', work: { kind: 'investigate', source: 'logs', service: 'checkout' }, timebox: 30 });
    d.expectRejected('invalid-payload').do({ type: 'task/delegated', to: 'arjun', work: { kind: 'fix-it' } as never, timebox: 600 });
    d.expectRejected('invalid-payload').do({ type: 'task/delegated', to: '', work: { kind: 'mitigate', mitigation: 'rollback-checkout' }, timebox: 600 });
  });

  it('options() offers each present engineer every startable piece of work', () => {
    const d = drill(checkout());
    const options = delegateTask.options(d.state, PLAYER_ID);
    expect(new Set(options.map((o) => o.to))).toEqual(new Set(['arjun']));
    expect(options.some((o) => o.work.kind === 'root-cause' && o.work.step === 'write-patch')).toBe(false);
    d.delegate('arjun', { kind: 'mitigate', mitigation: 'rollback-checkout' });
    expect(delegateTask.options(d.state, PLAYER_ID).some((o) => o.work.kind === 'mitigate' && o.work.mitigation === 'rollback-checkout')).toBe(false);
    expect(expectOptionsAccepted(delegateTask, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});
