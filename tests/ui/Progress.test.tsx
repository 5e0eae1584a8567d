import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGame } from '../../src/engine';
import {
  CORRUPT_NOTICE,
  createProgressStore,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressKey,
  progressStore,
  DEFAULT_PROGRESS,
} from '../../src/store/progress';
import { DebriefScreen } from '../../src/ui/screens/DebriefScreen';
import { PickerScreen } from '../../src/ui/screens/PickerScreen';
import { startSession } from '../../src/ui/session';
import { advance, loadScenario, play } from './helpers/game';

const library = () => ({ scenarios: [loadScenario()], problems: [] });

beforeEach(() => {
  localStorage.clear();
  progressStore.setState({ ...DEFAULT_PROGRESS, notice: null });
});

afterEach(() => {
  localStorage.clear();
  progressStore.setState({ ...DEFAULT_PROGRESS, notice: null });
});

describe('progress', () => {
  it('shows the best score and the number of runs per training level on the picker card', () => {
    for (const score of [70, 92, 85]) progressStore.getState().recordRun({ scenarioId: 'checkout-bad-deploy', level: 'scribe', seed: 3, score, resolved: true });
    progressStore.getState().recordRun({ scenarioId: 'checkout-bad-deploy', level: 'ic', seed: 4, score: 61, resolved: false });
    render(<PickerScreen library={library()} />);
    const card = screen.getByRole('article', { name: 'The Friday afternoon checkout deploy' });
    const results = within(card).getByRole('list', { name: 'Your results' });
    expect(within(results).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Scribe: Best 92 · 3 runs', 'Incident commander: Best 61 · 1 run']);
  });

  it('says a drill has not been played yet', () => {
    render(<PickerScreen library={library()} />);
    expect(screen.getByText('Not played yet')).toBeInTheDocument();
  });

  it('saves under a versioned key and reads the save back in a new visit', () => {
    progressStore.getState().recordRun({ scenarioId: 'checkout-bad-deploy', level: 'shadow', seed: 1, score: 50, resolved: true, at: 1 });
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null') as { version: number; state: { progress: object } };
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.state.progress).toEqual({ 'checkout-bad-deploy:shadow': { best: 50, count: 1, runs: [{ at: 1, seed: 1, score: 50, resolved: true }] } });
    const next = createProgressStore();
    expect(next.getState().progress[progressKey('checkout-bad-deploy', 'shadow')]?.best).toBe(50);
    expect(next.getState().notice).toBeNull();
  });

  it.each([
    ['not JSON', '{"state": nonsense'],
    ['the wrong shape', JSON.stringify({ version: PROGRESS_VERSION, state: { progress: { x: { best: 'high' } }, settings: {} } })],
    ['a version from the future', JSON.stringify({ version: PROGRESS_VERSION + 1, state: { progress: {}, settings: {} } })],
  ])('resets a save that is %s to the defaults, with a notice', (_, raw) => {
    localStorage.setItem(PROGRESS_KEY, raw);
    const store = createProgressStore();
    expect(store.getState().notice).toBe(CORRUPT_NOTICE);
    expect(store.getState().progress).toEqual({});
    expect(store.getState().settings.defaultSpeed).toBe(1);
    store.getState().recordRun({ scenarioId: 'a', level: 'scribe', seed: 1, score: 10, resolved: false });
    expect(store.getState().progress['a:scribe']?.count).toBe(1);
  });

  it('migrates a version 0 save (best scores only)', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 0, state: { best: { 'checkout-bad-deploy': 77, junk: 'x' } } }));
    const store = createProgressStore();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().progress).toEqual({ 'checkout-bad-deploy:scribe': { best: 77, count: 1, runs: [] } });
  });

  it('migrates a version 1 save (per engine mode) to training levels, keeping every run', () => {
    const run = { at: 5, seed: 2, score: 81, resolved: true };
    const v1 = { 'a:shadow': { best: 40, count: 1, runs: [run] }, 'a:practice': { best: 81, count: 2, runs: [run] }, 'a:exam': { best: 66, count: 1, runs: [run] } };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { progress: v1, settings: { defaultSpeed: 2 } } }));
    const store = createProgressStore();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().progress).toEqual({ 'a:shadow': v1['a:shadow'], 'a:scribe': v1['a:practice'], 'a:ic': v1['a:exam'] });
    expect(store.getState().settings).toEqual({ defaultSpeed: 2, trainee: '' });
  });

  it('shows the reset notice on the picker, and the picker keeps working', async () => {
    localStorage.setItem(PROGRESS_KEY, '[[[');
    vi.resetModules();
    const fresh = await import('../../src/ui/screens/PickerScreen');
    const user = userEvent.setup();
    render(<fresh.PickerScreen library={library()} />);
    expect(screen.getByText(CORRUPT_NOTICE)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'The Friday afternoon checkout deploy' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(CORRUPT_NOTICE)).not.toBeInTheDocument();
  });

  it('records a run once when the debrief is shown', () => {
    let game = createGame(loadScenario(), { seed: 9, mode: 'exam' });
    game = play(game, ...advance(60), { type: 'command/claimed' }, { type: 'incident/resolved' });
    const { rerender } = render(<DebriefScreen game={game} />);
    rerender(<DebriefScreen game={game} />);
    const total = Number(screen.getByTestId('total-score').textContent?.replace('/100', ''));
    const entry = progressStore.getState().progress['checkout-bad-deploy:ic'];
    expect(entry).toMatchObject({ best: total, count: 1 });
    expect(entry?.runs[0]).toMatchObject({ seed: 9, score: total, resolved: true });
    // Tenet scores and broken rules are kept for the ladder and the report.
    expect(Object.keys(entry?.runs[0]?.dimensions ?? {})).toHaveLength(6);
    expect(entry?.runs[0]?.broken).toContain('mitigation.time');
  });
});

describe('settings', () => {
  it('sets the starting speed for practice and exam; shadow always starts at 1x', async () => {
    const user = userEvent.setup();
    render(<PickerScreen library={library()} />);
    await user.click(screen.getByText('Settings'));
    expect(screen.getByText(/Motion follows your system’s reduced-motion setting/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Starting speed (Practice and Exam)' }), '4x');
    expect(progressStore.getState().settings.defaultSpeed).toBe(4);
    expect(startSession(loadScenario(), 5, 'practice').getState().speed).toBe(4);
    expect(startSession(loadScenario(), 5, 'exam').getState().speed).toBe(4);
    expect(startSession(loadScenario(), 5, 'shadow').getState().speed).toBe(1);
  });
});
