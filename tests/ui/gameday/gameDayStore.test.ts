import { describe, expect, it } from 'vitest';
import { createRoomStore } from '../../../src/store/gameDayStore';
import { applied, FakePort, manualFrames, TOKEN } from './fakePort';

const asSeat = (seat: 'ic' | 'ops') => ({ code: 'ABC234', role: seat, name: 'Priya', token: TOKEN });

describe('game-day room store', () => {
  it('gives the panels a game store holding the lockstep state, updated once a frame however many entries arrive', () => {
    const port = new FakePort({ identity: asSeat('ic') });
    const frames = manualFrames();
    const store = createRoomStore(port, frames);
    const game = store.getState().game!;
    expect(game.getState().game).toBe(port.state.game);
    let updates = 0;
    game.subscribe(() => updates++);
    let state = port.state.game!;
    for (let i = 0; i < 50; i++) {
      state = applied(state, { type: 'clock/advanced', seconds: 1 });
      port.log(state);
    }
    expect(frames.pending()).toBe(1);
    expect(updates).toBe(0);
    frames.run();
    expect(updates).toBe(1);
    expect(game.getState().game.time).toBe(50);
  });

  it('sends a seat action stamped with the seat, and refuses at once what the engine would refuse', () => {
    const port = new FakePort({ identity: asSeat('ops') });
    const game = createRoomStore(port, manualFrames()).getState().game!;
    expect(game.getState().dispatch({ type: 'command/claimed' })).toBeNull();
    expect(port.sent.acts).toEqual([{ type: 'command/claimed', by: 'ops' }]);
    const refusal = game.getState().dispatch({ type: 'page/sent', to: 'nobody-here' });
    expect(refusal).toMatch(/nobody-here|not/i);
    expect(game.getState().toast?.tone).toBe('error');
    expect(port.sent.acts).toHaveLength(1);
  });

  it('shows the server refusal of a sent action as an error toast', async () => {
    const port = new FakePort({ identity: asSeat('ic') });
    port.refuse = 'Only the incident commander can do that.';
    const game = createRoomStore(port, manualFrames()).getState().game!;
    game.getState().dispatch({ type: 'command/claimed' });
    await Promise.resolve();
    await Promise.resolve();
    expect(game.getState().toast).toMatchObject({ tone: 'error', text: 'Only the incident commander can do that.' });
  });

  it('lets a spectator act on nothing', () => {
    const port = new FakePort({ identity: { code: 'ABC234', role: 'spectator', name: 'Wall', token: TOKEN } });
    const game = createRoomStore(port, manualFrames()).getState().game!;
    expect(game.getState().dispatch({ type: 'command/claimed' })).toMatch(/watching/);
    expect(port.sent.acts).toHaveLength(0);
  });

  it('turns speed and pause into facilitator commands, and ignores them from a seat', () => {
    const seat = new FakePort({ identity: asSeat('ic') });
    createRoomStore(seat, manualFrames()).getState().game!.getState().setSpeed(8);
    expect(seat.sent.commands).toHaveLength(0);
    const facilitator = new FakePort({ identity: { code: 'ABC234', role: 'facilitator', name: 'Facilitator', token: TOKEN } });
    const game = createRoomStore(facilitator, manualFrames()).getState().game!;
    game.getState().setSpeed(4);
    game.getState().setPaused(true);
    game.getState().setPaused(false);
    expect(facilitator.sent.commands).toEqual([{ type: 'speed', speed: 4 }, { type: 'pause' }, { type: 'resume' }]);
  });

  it('mirrors the room (connection, pause, speed) and keeps the last few server errors until dismissed', () => {
    const port = new FakePort({ identity: asSeat('ic') });
    const frames = manualFrames();
    const store = createRoomStore(port, frames);
    port.change({ connection: 'reconnecting', room: { ...port.state.room!, paused: true, speed: 4 } });
    expect(store.getState().connection).toBe('reconnecting');
    frames.run();
    expect(store.getState().game!.getState()).toMatchObject({ paused: true, speed: 4 });
    for (let i = 1; i <= 6; i++) port.error('rate-limited', `Slow down (${i})`);
    expect(store.getState().errors.map((e) => e.message)).toEqual(['Slow down (3)', 'Slow down (4)', 'Slow down (5)', 'Slow down (6)']);
    store.getState().dismissError(store.getState().errors[0]!.id);
    expect(store.getState().errors).toHaveLength(3);
  });
});
