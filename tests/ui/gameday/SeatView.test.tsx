import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FACILITATOR_ID } from '../../../src/engine';
import { createRoomStore } from '../../../src/store/gameDayStore';
import { SeatView } from '../../../src/ui/gameday/SeatView';
import { applied, FakePort, instantFrames, renderGameDay, TOKEN } from './fakePort';
import { fakeLayout } from '../helpers/layout';

// The channel's log is virtualized: give its scroll box room for every message of these tests.
fakeLayout({ clientHeight: 4000, clientWidth: 480 });

function renderSeat(seat: 'ic' | 'ops', name: string, port = new FakePort({ identity: { code: 'ABC234', role: seat, name, token: TOKEN } })) {
  const store = createRoomStore(port, instantFrames);
  renderGameDay(<SeatView store={store.getState().game!} room={port.state.room!} seat={seat} name={name} />, port, store);
  return port;
}

describe('SeatView', () => {
  it('names the seat and the player in the header, and who holds the other seats', () => {
    renderSeat('ops', 'Sam');
    expect(screen.getByText(/Game day ABC234 · Operations lead · Sam/)).toBeInTheDocument();
    const others = screen.getByRole('list', { name: 'Other seats' });
    expect(within(others).getByText(/Priya/)).toBeInTheDocument();
    expect(within(others).getAllByText(/bot/)).toHaveLength(4);
    expect(within(others).queryByText(/Sam/)).not.toBeInTheDocument();
  });

  it('shows the pace set by the facilitator, with no speed or pause buttons', () => {
    renderSeat('ic', 'Priya');
    expect(screen.getAllByText('Running at 1x').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Game speed' })).not.toBeInTheDocument();
  });

  it('sends a slash command from the composer as this seat', async () => {
    const user = userEvent.setup();
    const port = renderSeat('ic', 'Priya');
    await user.type(screen.getByRole('textbox', { name: /Message to Main/ }), '/sev 2{Enter}');
    expect(port.sent.acts).toEqual([{ type: 'severity/declared', level: 2, by: 'ic' }]);
  });

  it("names other seats' messages by player and seat, and this seat's as You", () => {
    const port = new FakePort({ identity: { code: 'ABC234', role: 'ic', name: 'Priya', token: TOKEN } });
    port.state.game = applied(
      port.state.game!,
      { type: 'message/posted', by: 'ops', place: 'main', kind: 'finding', text: 'Errors started with the 15:38 deploy.' },
      { type: 'message/posted', by: 'ic', place: 'main', kind: 'decision', text: 'Rolling back.' },
    );
    renderSeat('ic', 'Priya', port);
    const log = screen.getByRole('log', { name: 'Main messages' });
    const [first, second] = within(log).getAllByRole('listitem');
    expect(first).toHaveTextContent('Sam');
    expect(first).toHaveTextContent('Operations lead');
    expect(second).toHaveTextContent('You');
  });

  it("shows the facilitator's hint to this seat only, until it is acknowledged", async () => {
    const user = userEvent.setup();
    const port = new FakePort({ identity: { code: 'ABC234', role: 'ic', name: 'Priya', token: TOKEN } });
    port.state.game = applied(port.state.game!, { type: 'facilitator/hinted', by: FACILITATOR_ID, to: 'ops', text: 'For ops only.' }, { type: 'facilitator/hinted', by: FACILITATOR_ID, to: 'ic', text: 'Check the deploys.' });
    renderSeat('ic', 'Priya', port);
    const hint = screen.getByText(/Facilitator hint/).closest('p')!;
    expect(hint).toHaveTextContent('Check the deploys.');
    expect(hint).not.toHaveTextContent('For ops only.');
    await user.click(within(hint).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText(/Facilitator hint/)).not.toBeInTheDocument();
  });
});
