import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attempt, createGame, type Action } from '../../src/engine';
import { LockstepGame } from '../../src/gameday/lockstep';
import { SEATS, type LogEntry } from '../../src/gameday/protocol';
import { stateHash } from '../../src/gameday/stateHash';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios';

const players = [...SEATS];

/** The log a server would send for these actions. */
function serverLog(actions: Action[]): LogEntry[] {
  let state = createGame(loadScenario('checkout-bad-deploy'), { seed: 4, players });
  return actions.map((action, i) => {
    const result = attempt(state, action);
    if (result.rejection) throw new Error(result.rejection.message);
    state = result.state;
    return { seq: i + 1, action, hash: stateHash(state) };
  });
}

const actions: Action[] = [
  { type: 'clock/advanced', seconds: 60 },
  { type: 'command/claimed', by: 'ic' },
  { type: 'clock/advanced', seconds: 120 },
  { type: 'severity/declared', by: 'ic', level: 2 },
  { type: 'message/posted', by: 'comms', place: 'stakeholders', kind: 'status', text: 'Investigating.' },
];

const fresh = () => {
  const built = LockstepGame.fromSource(readFileSync(`${SCENARIO_DIR}checkout-bad-deploy.yaml`, 'utf8'), { seed: 4, mode: 'practice', players });
  if (!built.ok) throw new Error(built.message);
  return built.game;
};

describe('LockstepGame', () => {
  it('applies entries in seq order, whatever order they arrive in, and ignores repeats', () => {
    const log = serverLog(actions);
    const game = fresh();
    expect(game.receive([log[2]!, log[1]!])).toMatchObject({ applied: 0, waiting: 2 });
    expect(game.gap).toEqual({ after: 0 });
    expect(game.receive([log[0]!])).toMatchObject({ applied: 3, waiting: 0, desync: null });
    expect(game.receive([log[0]!, log[1]!, log[3]!, log[4]!])).toMatchObject({ applied: 2, desync: null });
    expect(game.lastSeq).toBe(5);
    expect(game.hash()).toBe(log[4]!.hash);
    expect(game.state.command.ic).toBe('ic');
  });

  it('reports a desync when its state stops matching the server hash', () => {
    const log = serverLog(actions);
    const game = fresh();
    const tampered = { ...log[1]!, hash: 'ffffffffffffffff' };
    const outcome = game.receive([log[0]!, tampered]);
    expect(outcome.desync).toMatchObject({ seq: 2, message: expect.stringContaining('state hash') });
  });

  it('reports an entry its engine refuses', () => {
    const game = fresh();
    const outcome = game.receive([{ seq: 1, action: { type: 'alert/acknowledged', by: 'deputy', alert: 999 }, hash: 'x' }]);
    expect(outcome.desync?.message).toMatch(/refused here/);
  });

  it('names the problem when the room scenario does not parse', () => {
    const built = LockstepGame.fromSource('id: [broken', { seed: 1, mode: 'practice', players });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.message).toMatch(/does not parse/);
  });
});
