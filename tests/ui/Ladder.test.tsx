import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import { formatRoute, parseRoute } from '../../src/ui/route';
import { WarRoom } from '../../src/ui/screens/WarRoomScreen';
import { clearSession, startSession } from '../../src/ui/session';
import { advance, loadScenario } from './helpers/game';

afterEach(() => {
  clearSession();
  window.history.replaceState(null, '', '#/');
});

describe('difficulty ladder', () => {
  it('offers Shadow, Practice (the default) and Exam on the briefing, keeping the mode in the URL', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '#/brief/checkout-bad-deploy?seed=7');
    render(<App />);
    const ladder = await screen.findByRole('group', { name: 'Difficulty' }, { timeout: 10_000 });
    expect(ladder).toHaveTextContent('pass mark 80');
    expect(screen.getByRole('radio', { name: /^Practice/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Shadow/ })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: /^Exam/ }));
    expect(window.location.hash).toBe('#/brief/checkout-bad-deploy?seed=7&mode=exam');
    expect(screen.getByRole('radio', { name: /^Exam/ })).toBeChecked();
    expect(screen.getByText(/There is no pause in an exam/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start the drill (Exam)' }));
    expect(window.location.hash).toBe('#/play/checkout-bad-deploy?seed=7&mode=exam');
    expect(await screen.findByRole('heading', { name: 'Incident channel' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '8x' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('hint')).not.toBeInTheDocument();
  });

  it('replays the same drill from a link with seed and mode', () => {
    const route = parseRoute('#/play/checkout-bad-deploy?seed=7&mode=exam');
    expect(route).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7, mode: 'exam' });
    expect(formatRoute(route)).toBe('#/play/checkout-bad-deploy?seed=7&mode=exam');
    expect(parseRoute('#/play/checkout-bad-deploy?seed=7&mode=nonsense')).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7 });
    expect(startSession(loadScenario(), 7, 'exam').getState().game.mode).toBe('exam');
  });

  it('shows the next by-the-book move in shadow, in words, without making it', async () => {
    const store = startSession(loadScenario(), 7, 'shadow');
    render(<WarRoom store={store} />);
    expect(await screen.findByTestId('hint', {}, { timeout: 10_000 })).toHaveTextContent('By the book, next: Nothing needs you yet: watch the alerts and the channel.');
    act(() => {
      store.getState().dispatchMany(advance(120));
    });
    expect(screen.getByTestId('hint')).toHaveTextContent('By the book, next: Claim command: “I am the incident commander”');
    // The hint only describes: nobody has command until the player claims it.
    expect(store.getState().game.command.ic).toBeNull();
    act(() => {
      store.getState().dispatch({ type: 'command/claimed' });
    });
    expect(screen.getByTestId('hint')).toHaveTextContent('By the book, next: Declare SEV2 (major)');
    act(() => {
      store.getState().dispatch({ type: 'severity/declared', level: 2 });
    });
    expect(screen.getByTestId('hint')).toHaveTextContent('By the book, next: Page Maya Okafor (Checkout on-call)');
    // Nobody was paged for the player.
    expect(store.getState().game.firstPageAt).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('shows no hint line in practice, and keeps Pause', () => {
    render(<WarRoom store={startSession(loadScenario(), 7, 'practice')} />);
    expect(screen.queryByTestId('hint')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });
});
