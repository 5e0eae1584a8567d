import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createGame, formatClock } from '../../src/engine';
import { DebriefScreen, stateAt } from '../../src/ui/screens/DebriefScreen';
import { WarRoom } from '../../src/ui/screens/WarRoomScreen';
import { clearSession, existingSession } from '../../src/ui/session';
import { loadScenario, play } from './helpers/game';

// A drill played in small clock steps, like the game loop does, so moments fall between log entries.
function finishedGame() {
  const scenario = loadScenario();
  let game = createGame(scenario, { seed: 7 });
  const tick = (seconds: number) => {
    for (let i = 0; i < seconds / 5; i++) game = play(game, { type: 'clock/advanced', seconds: 5 });
  };
  tick(60);
  game = play(game, { type: 'command/claimed' }, { type: 'severity/declared', level: 1 }, { type: 'page/sent', to: 'maya' });
  tick(120);
  game = play(game, { type: 'task/delegated', to: 'arjun', work: { kind: 'mitigate', mitigation: 'rollback-checkout' }, timebox: 600 });
  tick(600);
  return play(game, { type: 'incident/resolved' });
}

describe('Debrief: retry from a moment', () => {
  const game = finishedGame();
  afterEach(() => {
    clearSession();
    window.history.replaceState(null, '', '#/');
  });

  it('rebuilds the game from the log entries before the moment', () => {
    const at = 170;
    const state = stateAt(game, at)!;
    expect(state.phase).toBe('running');
    expect(state.log).toEqual(game.log.filter((entry) => entry.at < at));
    expect(state.time).toBe(170);
    expect(state.command.ic).not.toBeNull();
    expect(state.tasks).toHaveLength(0);
    // The very end steps back to a game that still runs.
    expect(stateAt(game, game.time)!.phase).toBe('running');
  });

  it('offers "Retry from" for a selected finding and reopens the war room at that moment', async () => {
    const user = userEvent.setup();
    render(<DebriefScreen game={game} />);
    expect(screen.queryByRole('button', { name: /^Retry from/ })).toBeNull();
    const findings = within(screen.getByRole('heading', { name: 'Findings' }).parentElement!).getAllByRole('button');
    const finding = findings.find((button) => button.textContent !== null && !button.textContent.startsWith('00:00')) ?? findings[0]!;
    await user.click(finding);
    const time = finding.querySelector('.finding__time')!.textContent!;
    await user.click(screen.getByRole('button', { name: `Retry from ${time}` }));

    expect(window.location.hash).toBe('#/play/checkout-bad-deploy?seed=7');
    const store = existingSession('checkout-bad-deploy', 7);
    expect(store).not.toBeNull();
    const retried = store!.getState().game;
    expect(retried.phase).toBe('running');
    expect(formatClock(retried.time) <= time).toBe(true);
    expect(retried.log.length).toBeLessThan(game.log.length);
    expect(retried.log).toEqual(game.log.slice(0, retried.log.length));

    // Play continues in the war room from there.
    render(<WarRoom store={store!} />);
    expect(screen.getByTestId('game-time')).toHaveTextContent(formatClock(retried.time));
    expect(store!.getState().dispatch({ type: 'clock/advanced', seconds: 30 })).toBeNull();
    expect(store!.getState().game.time).toBe(retried.time + 30);
  });
});
