import { describe, expect, it } from 'vitest';
import { attempt, createGame, type Action, type GameState } from '../../src/engine';
import { SEATS, type Seat } from '../../src/gameday/protocol';
import { botMove } from '../../src/gameday/seatBots';
import { loadScenario } from '../helpers/scenarios';

const allBots = new Set<Seat>(SEATS);

function run(state: GameState, action: Action): GameState {
  const result = attempt(state, action);
  if (result.rejection) throw new Error(result.rejection.message);
  return result.state;
}

/** Plays a room of bots with a clock tick of 10 s, as the server does. */
function playRoom(bots: ReadonlySet<Seat>, minutes: number, everyTick?: (state: GameState) => GameState): GameState {
  let state = createGame(loadScenario('checkout-bad-deploy'), { seed: 2, players: [...SEATS] });
  for (let t = 0; t < minutes * 6 && state.phase === 'running'; t++) {
    state = run(state, { type: 'clock/advanced', seconds: 10 });
    if (everyTick) state = everyTick(state);
    for (const seat of bots) {
      const move = botMove(state, seat, bots);
      if (move) state = run(state, { ...move, by: seat } as Action);
    }
  }
  return state;
}

describe('seat bots', () => {
  it('the IC seat bot plays the textbook: command, severity, pages, as the ic seat', () => {
    const state = playRoom(allBots, 30);
    expect(state.command.ic).toBe('ic');
    expect(state.severity.level).not.toBeNull();
    expect(state.log.filter((e) => e.action.type !== 'clock/advanced').every((e) => 'by' in e.action && e.action.by === 'ic')).toBe(true);
  });

  it('never moves time', () => {
    const state = createGame(loadScenario('checkout-bad-deploy'), { seed: 2, players: [...SEATS] });
    for (const seat of SEATS) expect(botMove(state, seat, allBots)?.type).not.toBe('clock/advanced');
  });

  it('the comms bot keeps stakeholders posted when a person runs command, and is quiet when the IC bot does', () => {
    const withoutIc = new Set<Seat>(SEATS.filter((s) => s !== 'ic'));
    const state = playRoom(withoutIc, 30, (s) => (s.command.ic === null && s.time >= 300 ? run(run(s, { type: 'command/claimed', by: 'ic' }), { type: 'severity/declared', by: 'ic', level: 1 }) : s));
    expect(state.messages.some((m) => m.from === 'comms' && m.place === 'stakeholders' && m.kind === 'status')).toBe(true);
    const botIc = playRoom(allBots, 30);
    expect(botIc.messages.some((m) => m.from === 'comms')).toBe(false);
  });

  it('a bot seat does work delegated to it', () => {
    let state = createGame(loadScenario('checkout-bad-deploy'), { seed: 2, players: [...SEATS] });
    state = run(state, { type: 'command/claimed', by: 'ic' });
    state = run(state, { type: 'task/delegated', by: 'ic', to: 'ops', work: { kind: 'investigate', source: 'deploys', service: 'checkout' }, timebox: 600 });
    const move = botMove(state, 'ops', allBots);
    expect(move).toEqual({ type: 'investigation/started', by: 'ops', source: 'deploys', service: 'checkout' });
    state = run(state, move!);
    expect(state.tasks[0]?.status).toBe('done');
    expect(botMove(state, 'ops', allBots)).toBeNull();
  });

  it('a bot seat acknowledges a role given to it, once', () => {
    let state = createGame(loadScenario('checkout-bad-deploy'), { seed: 2, players: [...SEATS] });
    state = run(state, { type: 'command/claimed', by: 'ic' });
    state = run(state, { type: 'role/assigned', by: 'ic', role: 'comms', to: 'scribe' });
    const ack = botMove(state, 'scribe', allBots);
    expect(ack).toEqual({ type: 'message/posted', by: 'scribe', place: 'main', kind: 'ack', text: 'Acknowledged, I am Communications lead.' });
    state = run(state, ack!);
    expect(botMove(state, 'scribe', allBots)).toBeNull();
  });
});
