import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_DRILL_ID } from '../../src/store/ladder';
import { DEFAULT_PROGRESS, progressStore } from '../../src/store/progress';
import { App } from '../../src/ui/App.tsx';
import { formatRoute, parseRoute } from '../../src/ui/route';
import { PickerScreen } from '../../src/ui/screens/PickerScreen';
import { WarRoom } from '../../src/ui/screens/WarRoomScreen';
import { clearSession, startSession } from '../../src/ui/session';
import { advance, loadScenario } from './helpers/game';

afterEach(() => {
  clearSession();
  localStorage.clear();
  progressStore.setState({ ...DEFAULT_PROGRESS, notice: null });
  window.history.replaceState(null, '', '#/');
});

const library = () => ({ scenarios: [loadScenario(FIRST_DRILL_ID), loadScenario(), loadScenario('noisy-low-severity')], problems: [] });
const recordPass = (scenarioId: string, level: 'shadow' | 'scribe' | 'deputy', dimensions = {}) =>
  progressStore.getState().recordRun({ scenarioId, level, seed: 1, score: 95, resolved: true, dimensions });

describe('training ladder', () => {
  it('offers the four levels on the briefing, locked until the level below is passed', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '#/brief/checkout-bad-deploy?seed=7&mode=shadow');
    render(<App />);
    const ladder = await screen.findByRole('group', { name: 'Training level' }, { timeout: 10_000 });
    expect(within(ladder).getByRole('radio', { name: /^Shadow/ })).toBeChecked();
    for (const level of [/^Scribe/, /^Deputy/, /^Incident commander/]) expect(within(ladder).getByRole('radio', { name: level })).toBeDisabled();
    expect(ladder).toHaveTextContent('Locked: pass 1 drill at Shadow (0 so far).');
    expect(ladder).toHaveTextContent('pass mark 80');

    act(() => recordPass('checkout-bad-deploy', 'shadow'));
    // Found again, not reused: on a busy machine a lazily loaded part of the briefing may land after the
    // first look and render the group anew.
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Training level' })).getByRole('radio', { name: /^Scribe/ })).toBeEnabled());
    const scribe = within(screen.getByRole('group', { name: 'Training level' })).getByRole('radio', { name: /^Scribe/ });
    expect(scribe).toBeEnabled();
    await user.click(scribe);
    expect(window.location.hash).toBe('#/brief/checkout-bad-deploy?seed=7');
    expect(within(screen.getByRole('group', { name: 'Training level' })).getByRole('radio', { name: /^Deputy/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Start the drill (Scribe)' }));
    expect(window.location.hash).toBe('#/play/checkout-bad-deploy?seed=7');
  });

  it('keeps the level in links: deputy by name, IC as the exam mode, old mode links still load', () => {
    const deputy = parseRoute('#/play/checkout-bad-deploy?seed=7&level=deputy');
    expect(deputy).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7, level: 'deputy' });
    expect(formatRoute(deputy)).toBe('#/play/checkout-bad-deploy?seed=7&level=deputy');
    expect(parseRoute('#/play/checkout-bad-deploy?seed=7&level=ic')).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7, mode: 'exam' });
    expect(parseRoute('#/play/checkout-bad-deploy?seed=7&mode=exam')).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7, mode: 'exam' });
    expect(parseRoute('#/play/checkout-bad-deploy?seed=7&level=nonsense')).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7 });
    expect(parseRoute('#/handbook/signal.cadence')).toEqual({ name: 'handbook', rule: 'signal.cadence' });
    expect(parseRoute('#/progress')).toEqual({ name: 'progress' });
  });

  it('shows a new trainee where they stand and suggests the coached first drill', () => {
    render(<PickerScreen library={library()} />);
    const path = screen.getByRole('list', { name: 'Training path' });
    expect(within(path).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '●Shadowyou are here · 0/1 passed',
      '○Scribelocked',
      '○Deputylocked',
      '○Incident commanderlocked',
    ]);
    const next = screen.getByRole('region', { name: 'Your first drill: nobody can log in' });
    expect(next).toHaveTextContent('Start here: a short outage with a coach at your side.');
    // Shadow has no pass mark: finishing a drill is what counts.
    expect(next).toHaveTextContent('You stand at Shadow: finish a drill to unlock Scribe (0 so far).');
  });

  it('suggests a drill training the lowest tenet once the first drill is passed, briefed at the new level', async () => {
    const user = userEvent.setup();
    recordPass(FIRST_DRILL_ID, 'shadow', { mitigation: 90, command: 90, escalation: 90, severity: 30, signal: 90, blastRadius: 90 });
    render(<PickerScreen library={library()} />);
    expect(within(screen.getByRole('list', { name: 'Training path' })).getByText('Scribe').closest('li')).toHaveAttribute('aria-current', 'step');
    const next = screen.getByRole('region', { name: /Suggested next drill|The Friday afternoon checkout deploy|Noisy/i });
    expect(next).toHaveTextContent('severity by impact, your lowest tenet so far (30/100)');
    expect(next).toHaveTextContent(/You stand at Scribe: pass \d+ (drill|different drills) with 60 or more to unlock Deputy/);
    await user.click(within(next).getByRole('button', { name: /^Brief me/ }));
    expect(window.location.hash).toMatch(/^#\/brief\/[a-z-]+\?seed=\d+$/);
  });

  it('at shadow the coach points to the next move without making it', async () => {
    const store = startSession(loadScenario(), 7, 'shadow', 'shadow');
    render(<WarRoom store={store} />);
    expect(await screen.findByTestId('hint', {}, { timeout: 10_000 })).toHaveTextContent('By the book, next: Nothing needs you yet: watch the alerts and the channel.');
    act(() => {
      store.getState().dispatchMany(advance(120));
    });
    expect(screen.getByTestId('hint')).toHaveTextContent('By the book, next: Claim command: “I am the incident commander”');
    expect(store.getState().game.command.ic).toBeNull();
    act(() => {
      store.getState().dispatch({ type: 'command/claimed' });
    });
    expect(screen.getByTestId('hint')).toHaveTextContent('By the book, next: Declare SEV2 (major)');
    expect(store.getState().game.severity.level).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });
});
