import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { interpretComposer } from '../../src/ui/commands';
import { ChannelPanel } from '../../src/ui/panels/ChannelPanel';
import { makeStore, renderWithStore } from './helpers/game';
import { fakeLayout } from './helpers/layout';

// The channel's log is virtualized: give its scroll box room for every message of these tests.
// (Rows are placed at their estimated height: jsdom has no ResizeObserver to measure them.)
fakeLayout({ clientHeight: 20_000, clientWidth: 480 });

const composer = () => screen.getByRole('textbox', { name: /Message to/ });

/**
 * Types a line and presses Enter. The box clears at once; the line reaches the engine once the frame
 * after the key press is painted, so this waits until the composer has settled it (sent, or refused
 * with the line back in the box).
 */
async function send(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(composer(), `${text}{Enter}`);
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

describe('ChannelPanel', () => {
  it('shows messages in a log with names and titles', () => {
    const { store } = renderWithStore(<ChannelPanel />);
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 5 * 60 });
    });
    const log = screen.getByRole('log', { name: 'Main messages' });
    expect(within(log).getAllByText('Sam Ortiz').length).toBeGreaterThan(0);
    expect(within(log).getAllByText('Support lead').length).toBeGreaterThan(0);
    expect(within(log).getByText(/Support queue is spiking/)).toBeInTheDocument();
  });

  it('posts a message of the chosen kind to the tab on screen', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ChannelPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message kind' }), 'Finding');
    await user.type(composer(), 'Errors started with the 15:20 release{Enter}');
    expect(composer()).toHaveValue(''); // cleared with the key press, before the engine has the line
    await waitFor(() => expect(within(screen.getByRole('log')).getByText('Errors started with the 15:20 release')).toBeInTheDocument());
    const last = store.getState().game.messages.at(-1)!;
    expect(last).toMatchObject({ place: 'main', kind: 'finding', from: 'you', text: 'Errors started with the 15:20 release' });
    expect(composer()).toHaveValue('');
  });

  it('runs slash commands: /ic, /sev, /page, /assign, /handoff', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ChannelPanel />);
    await send(user, '/ic');
    expect(store.getState().game.command.ic).toBe('you');
    await send(user, '/sev 2');
    expect(store.getState().game.severity.level).toBe(2);
    await send(user, '/page maya');
    expect(store.getState().game.people.maya?.pagedAt).toBe(0);
    await send(user, '/assign scribe @arjun');
    expect(store.getState().game.command.roles.scribe).toBe('arjun');
    await send(user, '/handoff @arjun');
    expect(store.getState().game.command.pendingHandoff?.to).toBe('arjun');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('posts a /status update with fields to the stakeholders tab', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ChannelPanel />);
    await send(user, '/status impact=card payments failing for 40% status=rolling back next=30m');
    const last = store.getState().game.messages.at(-1)!;
    expect(last).toMatchObject({ place: 'stakeholders', kind: 'status', fields: { impact: 'card payments failing for 40%', status: 'rolling back', next: 1800 } });
    expect(screen.getByRole('tab', { name: /Stakeholders/ })).toHaveAttribute('aria-selected', 'true');
    const log = screen.getByRole('log', { name: 'Stakeholders messages' });
    expect(within(log).getByText('card payments failing for 40%')).toBeInTheDocument();
    expect(within(log).getByText('in 30 min')).toBeInTheDocument();
  });

  it('keeps the whole conversation of a long drill in the log, in order', () => {
    const { store } = renderWithStore(<ChannelPanel />);
    act(() => {
      for (let i = 1; i <= 220; i++) store.getState().dispatch({ type: 'message/posted', place: 'main', kind: 'status', text: `update ${i}` });
    });
    const log = screen.getByRole('log', { name: 'Main messages' });
    const rows = within(log).getAllByRole('listitem');
    const total = store.getState().game.messages.filter((m) => m.place === 'main').length;
    // Every message has its row in the log (only those in view are in the page in a browser).
    expect(rows[0]).toHaveAttribute('aria-setsize', String(total));
    expect(within(log).getByText('update 1')).toBeInTheDocument();
    expect(within(log).getByText('update 220')).toBeInTheDocument();
    expect(rows.at(-1)).toHaveTextContent('update 220');
  });

  it('explains unknown commands and engine refusals', async () => {
    const user = userEvent.setup();
    renderWithStore(<ChannelPanel />);
    await user.type(composer(), '/frobnicate{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown command /frobnicate. Commands: /ic, /sev 1-4');
    await user.clear(composer());
    await send(user, '/page nobody');
    expect(screen.getByRole('alert')).toHaveTextContent(/Nobody with the handle nobody. Try @maya/);
    await user.clear(composer());
    await send(user, '/assign deputy @arjun');
    expect(screen.getByRole('alert')).toHaveTextContent('Only the incident commander assigns roles.');
    // A line the engine refuses comes back to the box to be mended.
    expect(composer()).toHaveValue('/assign deputy @arjun');
  });

  it('switches to the side thread with /thread and counts unread messages per tab', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ChannelPanel />);
    await user.type(composer(), '/thread{Enter}');
    expect(screen.getByRole('tab', { name: /Side thread/ })).toHaveAttribute('aria-selected', 'true');
    act(() => {
      store.getState().dispatch({ type: 'command/claimed' });
    });
    expect(screen.getByRole('tab', { name: /^Main\s*1\s*unread$/ })).toBeInTheDocument();
    // Arrow keys move between tabs.
    screen.getByRole('tab', { name: /Side thread/ }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Main' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Main' })).toHaveFocus();
  });

  it('recalls sent lines with the arrow keys', async () => {
    const user = userEvent.setup();
    renderWithStore(<ChannelPanel />);
    await send(user, '/ic');
    await send(user, 'Rolling back checkout now');
    await user.keyboard('{ArrowUp}');
    expect(composer()).toHaveValue('Rolling back checkout now');
    await user.keyboard('{ArrowUp}');
    expect(composer()).toHaveValue('/ic');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(composer()).toHaveValue('');
  });

  it('shows scenario text as text, never as markup', () => {
    const store = makeStore();
    const { container } = renderWithStore(<ChannelPanel />, store);
    act(() => {
      store.getState().dispatch({ type: 'message/posted', place: 'main', kind: 'chatter', text: '<img src=x onerror=alert(1)> <b>bold</b>' });
    });
    expect(screen.getByText('<img src=x onerror=alert(1)> <b>bold</b>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });
});

describe('interpretComposer', () => {
  const game = makeStore().getState().game;
  it('reads next= as a duration and bare numbers as minutes', () => {
    expect(interpretComposer(game, '/status impact=x next=45', 'main', 'status')).toMatchObject({ kind: 'action', action: { fields: { next: 2700 } } });
    expect(interpretComposer(game, '/status impact=x next=soon', 'main', 'status')).toMatchObject({ kind: 'error' });
    expect(interpretComposer(game, '/sev 9', 'main', 'status')).toMatchObject({ kind: 'error', message: expect.stringMatching(/Usage: \/sev/) });
  });
});
