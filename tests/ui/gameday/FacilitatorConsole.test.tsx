import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRoomStore } from '../../../src/store/gameDayStore';
import { FacilitatorConsole } from '../../../src/ui/gameday/console/FacilitatorConsole';
import { GameDayContext } from '../../../src/ui/gameday/useGameDay';
import { MotionProvider } from '../../../src/ui/motion';
import { FakePort, instantFrames, renderGameDay, roomSummary, TOKEN } from './fakePort';

const facilitator = { code: 'ABC234', role: 'facilitator' as const, name: 'Facilitator', token: TOKEN };

function renderConsole(patch: Parameters<typeof roomSummary>[0] = {}) {
  const port = new FakePort({ identity: facilitator, room: roomSummary(patch) });
  const store = createRoomStore(port, instantFrames);
  const view = renderGameDay(<FacilitatorConsole room={port.state.room!} identity={facilitator} store={store.getState().game} />, port, store);
  return { ...view, port };
}

describe('FacilitatorConsole', () => {
  it('shows the join code large, the player and secret facilitator links with copy buttons, and the seats', async () => {
    const user = userEvent.setup();
    renderConsole({ phase: 'lobby' });
    expect(screen.getByLabelText('Join code A B C 2 3 4')).toHaveTextContent('ABC 234');
    expect(screen.getByLabelText('Player link')).toHaveValue(`${window.location.origin}/#/gameday/join?code=ABC234`);
    expect(screen.getByLabelText('Facilitator link')).toHaveValue(`${window.location.origin}/#/gameday/ABC234/facilitator?token=${TOKEN}`);
    expect(screen.getByText(/Secret: it opens this console/)).toBeInTheDocument();
    const seatsRegion = screen.getByRole('region', { name: 'Seats filling up' });
    expect(within(seatsRegion).getByText('Priya')).toBeInTheDocument();
    expect(within(seatsRegion).getAllByText('Played by a bot')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Copy player link' }));
    expect(await screen.findByText(/Player link copied|Selected: press Ctrl\+C/)).toBeInTheDocument();
  });

  it('starts the drill from the lobby', async () => {
    const user = userEvent.setup();
    const { port } = renderConsole({ phase: 'lobby' });
    await user.click(screen.getByRole('button', { name: 'Start the drill' }));
    expect(port.sent.commands).toEqual([{ type: 'start' }]);
    expect(await screen.findByText('The clock is running.')).toBeInTheDocument();
  });

  it('sets the speed and pauses with the keyboard, and asks before ending the game for everyone', async () => {
    const user = userEvent.setup();
    const { port } = renderConsole();
    screen.getByRole('button', { name: '8x' }).focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(screen.getByRole('button', { name: 'End the game…' }));
    expect(screen.getByText('End the game now for everyone and show the debrief?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep playing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(port.sent.commands).toEqual([{ type: 'speed', speed: 8 }, { type: 'pause' }]);
    await user.click(screen.getByRole('button', { name: 'End the game…' }));
    await user.click(screen.getByRole('button', { name: 'End and show the debrief' }));
    expect(port.sent.commands.at(-1)).toEqual({ type: 'end' });
  });

  it('offers no pause in exam mode', () => {
    renderConsole({ mode: 'exam' });
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.getByText('Exam mode: no pause.')).toBeInTheDocument();
  });

  it("lists the scenario's optional injects by name and fires one", async () => {
    const user = userEvent.setup();
    const { port } = renderConsole();
    const fire = screen.getAllByRole('button', { name: /^Fire: / });
    expect(fire.length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Priya Shah says “The board is asking/).length).toBeGreaterThan(0);
    await user.click(fire[0]!);
    expect(port.sent.commands[0]).toMatchObject({ type: 'inject', inject: { kind: 'scripted' } });
  });

  it('sends a free inject: a message from a person, an alert, a metric shift (as a share)', async () => {
    const user = userEvent.setup();
    const { port } = renderConsole();
    const form = screen.getByRole('form', { name: 'Free inject' });
    await user.click(within(form).getByRole('button', { name: 'Inject now' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write the message.');
    await user.type(within(form).getByLabelText('Message'), 'Is checkout down? My card keeps failing.');
    await user.click(within(form).getByRole('button', { name: 'Inject now' }));
    await waitFor(() => expect(port.sent.commands).toHaveLength(1));
    expect(port.sent.commands[0]).toEqual({ type: 'inject', inject: { kind: 'message', from: 'maya', place: 'main', text: 'Is checkout down? My card keeps failing.' } });

    await user.selectOptions(within(form).getByLabelText('What happens'), 'alert');
    await user.type(within(form).getByLabelText('Alert name'), 'DiskFull');
    await user.type(within(form).getByLabelText('Summary'), 'Disk almost full on checkout-db-1');
    await user.click(within(form).getByRole('button', { name: 'Inject now' }));
    await waitFor(() => expect(port.sent.commands).toHaveLength(2));
    expect(port.sent.commands[1]).toMatchObject({ type: 'inject', inject: { kind: 'alert', alertname: 'DiskFull', severity: 'critical' } });

    await user.selectOptions(within(form).getByLabelText('What happens'), 'metric-shift');
    await user.type(within(form).getByLabelText(/New normal/), '12');
    await user.click(within(form).getByRole('button', { name: 'Inject now' }));
    await waitFor(() => expect(port.sent.commands).toHaveLength(3));
    expect(port.sent.commands[2]).toMatchObject({ type: 'inject', inject: { kind: 'metric-shift', baseline: { errorRate: 0.12 } } });
  });

  it('arms a fallback inject for a missed expected action, and shows a server refusal in words', async () => {
    const user = userEvent.setup();
    const { port } = renderConsole();
    const form = screen.getByRole('form', { name: 'Arm a fallback' });
    await user.selectOptions(within(form).getByLabelText('Fires when'), 'no-severity');
    await user.clear(within(form).getByLabelText('for (min)'));
    await user.type(within(form).getByLabelText('for (min)'), '3');
    port.refuse = 'The game is over.';
    await user.click(within(form).getByRole('button', { name: 'Arm the fallback' }));
    await waitFor(() => expect(port.sent.commands).toHaveLength(1));
    expect(port.sent.commands[0]).toMatchObject({ type: 'armFallback', inject: { kind: 'scripted' }, when: { kind: 'no-severity', for: 180 } });
    expect(await screen.findByText('The game is over.')).toBeInTheDocument();
  });

  it('sends a hint to one seat', async () => {
    const user = userEvent.setup();
    const { port } = renderConsole();
    const form = screen.getByRole('form', { name: 'Send a hint' });
    await user.selectOptions(within(form).getByLabelText('Seat'), 'ops');
    await user.type(within(form).getByLabelText('Hint'), 'What changed recently?');
    await user.click(within(form).getByRole('button', { name: 'Send the hint' }));
    await waitFor(() => expect(port.sent.commands).toEqual([{ type: 'hint', seat: 'ops', text: 'What changed recently?' }]));
    expect(await screen.findByText('Hint sent to Operations lead (Sam).')).toBeInTheDocument();
  });
});

describe('FacilitatorConsole while the drill runs', () => {
  it('keeps the join code and the links one click away for late joiners and a second device', async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.click(screen.getByText('Join code ABC234 and links'));
    expect(screen.getByLabelText('Facilitator link')).toHaveValue(`${window.location.origin}/#/gameday/ABC234/facilitator?token=${TOKEN}`);
  });
});

describe('FacilitatorConsole focus', () => {
  it('puts focus on its heading when it opens, and on the speed once Start has gone', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: facilitator, room: roomSummary({ phase: 'lobby' }) });
    const store = createRoomStore(port, instantFrames);
    const { rerender } = renderGameDay(<FacilitatorConsole room={port.state.room!} identity={facilitator} store={store.getState().game} />, port, store);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start the drill' }));
    rerender(
      <GameDayContext.Provider value={{ port, store }}>
        <MotionProvider>
          <FacilitatorConsole room={roomSummary({ phase: 'running' })} identity={facilitator} store={store.getState().game} />
        </MotionProvider>
      </GameDayContext.Provider>,
    );
    expect(screen.getByRole('button', { name: '1x' })).toHaveFocus();
  });
});
