import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { attachCoach, coachAdvice, coachFor } from '../../src/ui/coach';
import { WarRoom } from '../../src/ui/screens/WarRoomScreen';
import { clearSession, startSession } from '../../src/ui/session';
import { FIRST_DRILL_ID } from '../../src/store/ladder';
import { advance, loadScenario } from './helpers/game';
import { fakeLayout } from './helpers/layout';

// The channel's log is virtualized: give its scroll box room for every message of these tests.
fakeLayout({ clientHeight: 4000, clientWidth: 480 });

afterEach(() => clearSession());

const coached = () => loadScenario(FIRST_DRILL_ID);

describe('coach', () => {
  it('never plays: with no input the coached drill ends unmitigated, with the coach’s prompts in the channel', async () => {
    const store = startSession(coached(), 4, 'shadow', 'shadow');
    render(<WarRoom store={store} />);
    const panel = await screen.findByRole('complementary', { name: 'Coach' }, { timeout: 10_000 });
    const actionsBefore = store.getState().game.log.filter((e) => e.action.type !== 'clock/advanced').length;
    // Only the clock moves, a minute at a time, until the drill is over.
    for (let i = 0; i < 30 && store.getState().game.phase === 'running'; i++) {
      act(() => {
        store.getState().dispatchMany(advance(60));
      });
    }
    const game = store.getState().game;
    expect(game.phase).toBe('ended');
    expect(game.mitigatedAt).toBeNull();
    expect(game.command.ic).toBeNull();
    expect(game.severity.level).toBeNull();
    expect(game.log.filter((e) => e.action.type !== 'clock/advanced')).toHaveLength(actionsBefore);
    expect(game.messages.some((m) => game.players.includes(m.from))).toBe(false);

    const notes = coachFor(store)!.getState().notes;
    expect(notes.map((n) => n.text)).toEqual(
      expect.arrayContaining([
        'Next, by the book: Claim command: “I am the incident commander”.',
        expect.stringMatching(/^No incident commander yet: claim command out loud/),
        expect.stringMatching(/^Severity not declared/),
      ]),
    );
    const channel = screen.getByRole('log', { name: 'Main messages' });
    const coachMessages = within(channel)
      .getAllByText('Coach')
      .map((name) => name.closest('li')!);
    expect(coachMessages.length).toBe(notes.length);
    expect(coachMessages[0]).toHaveTextContent('not part of the incident');
    expect(channel).toHaveTextContent('Next, by the book: Claim command');
    expect(panel).toBeInTheDocument();
  });

  it('explains the situation at shadow and links the next move to its rule', async () => {
    const store = startSession(coached(), 4, 'shadow', 'shadow');
    render(<WarRoom store={store} />);
    const panel = await screen.findByRole('complementary', { name: 'Coach' }, { timeout: 10_000 });
    act(() => {
      store.getState().dispatchMany(advance(90));
    });
    expect(panel).toHaveTextContent(/Customers are hurting: about \d+(\.\d)?% of users are affected/);
    expect(panel).toHaveTextContent('Nobody has command yet.');
    expect(within(panel).getByTestId('hint')).toHaveTextContent('By the book, next: Claim command');
    expect(within(panel).getAllByRole('link', { name: /^Why: Claim command out loud/ })[0]).toHaveAttribute('href', '#/handbook/command.claim');
  });

  it('waits for the player in the coached drill: it pauses on a new move and resumes when the player makes it', async () => {
    const store = startSession(coached(), 4, 'shadow', 'shadow');
    render(<WarRoom store={store} />);
    const panel = await screen.findByRole('complementary', { name: 'Coach' }, { timeout: 10_000 });
    act(() => {
      store.getState().dispatchMany(advance(90));
    });
    expect(store.getState().paused).toBe(true);
    expect(within(panel).getByRole('button', { name: 'Resume the clock' })).toBeInTheDocument();
    act(() => {
      store.getState().dispatch({ type: 'command/claimed' });
    });
    // The coach asks for the next move (declaring severity) and waits again: still no move of its own.
    expect(store.getState().game.severity.level).toBeNull();
    act(() => within(panel).getByRole('button', { name: 'Resume the clock' }).click());
    expect(store.getState().paused).toBe(false);
  });

  it('at scribe and deputy only reminds of timers; at IC it is silent', async () => {
    const scenario = coached();
    for (const level of ['scribe', 'deputy'] as const) {
      const store = startSession(scenario, 4, 'practice', level);
      const { unmount } = render(<WarRoom store={store} />);
      const panel = await screen.findByRole('complementary', { name: 'Coach' }, { timeout: 10_000 });
      expect(panel).toHaveTextContent('No timer is running out.');
      act(() => {
        store.getState().dispatchMany(advance(120));
      });
      expect(within(panel).queryByTestId('hint')).not.toBeInTheDocument();
      const reminders = within(within(panel).getByRole('list', { name: 'Reminders' })).getAllByRole('listitem');
      expect(reminders.map((r) => r.textContent)).toEqual([expect.stringMatching(/^No incident commander yet/), expect.stringMatching(/^Severity not declared/)]);
      expect(store.getState().paused).toBe(false);
      unmount();
    }
    const ic = startSession(scenario, 4, 'exam', 'ic');
    render(<WarRoom store={ic} />);
    act(() => {
      ic.getState().dispatchMany(advance(120));
    });
    expect(screen.queryByRole('complementary', { name: 'Coach' })).not.toBeInTheDocument();
    expect(coachAdvice(ic.getState().game, 'ic')).toEqual({ situation: null, next: null, reminders: [] });
  });

  it('is attached once per game', () => {
    const store = startSession(coached(), 4, 'shadow', 'shadow');
    expect(attachCoach(store, 'shadow')).toBe(attachCoach(store, 'shadow'));
  });
});
