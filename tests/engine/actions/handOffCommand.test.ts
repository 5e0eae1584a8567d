import { describe, expect, it } from 'vitest';
import { handOffCommand } from '../../../src/engine/actions/handOffCommand';
import { PLAYER_ID } from '../../../src/engine';
import { HANDOFF_ACK_DELAY } from '../../../src/engine/people';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('command/handedOff', () => {
  it('asks explicitly and keeps command with the player until the other person acknowledges', () => {
    const d = drill(checkout()).at('2m').claimCommand().handOff('arjun');
    expect(d.state.command.pendingHandoff).toEqual({ from: PLAYER_ID, to: 'arjun', at: 120 });
    expect(d.state.command.ic).toBe(PLAYER_ID);
    expect(d.messages.at(-1)).toMatchObject({ from: PLAYER_ID, kind: 'decision', place: 'main', mentions: ['arjun'], text: 'Arjun Mehta, you are now the incident commander, okay?' });

    d.advance(HANDOFF_ACK_DELAY - 5).expectCommander(PLAYER_ID);
    d.advance(5).expectCommander('arjun');
    expect(d.state.command).toMatchObject({ pendingHandoff: null, claimedAt: 120 + HANDOFF_ACK_DELAY });
    expect(d.state.command.history.at(-1)).toEqual({ at: 120 + HANDOFF_ACK_DELAY, ic: 'arjun', how: 'handoff' });
    d.expectMessage({ from: 'arjun', kind: 'ack', text: 'Acknowledged: I am now the incident commander.' });
  });

  it('can go to someone who joined after a page', () => {
    drill(checkout()).claimCommand().page('dev').advance('3m').handOff('dev').advance('1m').expectCommander('dev');
  });

  it('is only for the commander', () => {
    const d = drill(checkout());
    d.expectRejected('not-commander').handOff('arjun');
    d.claimCommand().handOff('arjun').advance('1m');
    // Command has passed: the player can no longer hand it on.
    d.expectRejected('not-commander').handOff('arjun');
  });

  it('refuses a second handoff while one waits for its acknowledgement', () => {
    const d = drill(checkout()).claimCommand().page('maya').advance('3m').handOff('arjun');
    d.expectRejected('not-available').handOff('maya');
    expect(d.lastRejection?.message).toMatch(/waiting/);
  });

  it('refuses people who are unknown, absent, or cannot lead', () => {
    const d = drill(checkout()).claimCommand();
    d.expectRejected('unknown-person').handOff('nobody');
    d.expectRejected('not-available').handOff('maya'); // not in the channel yet
    expect(d.lastRejection?.message).toMatch(/page them first/);
    d.expectRejected('not-available').handOff('sam'); // support lead
    d.expectRejected('not-available').handOff('tom'); // bystander
    expect(d.state.command.pendingHandoff).toBeNull();
  });

  it('options() offers present responders and managers, none while a handoff waits', () => {
    const d = drill(checkout()).claimCommand();
    expect(handOffCommand.options(d.state, PLAYER_ID)).toEqual([{ type: 'command/handedOff', to: 'arjun' }]);
    d.page('dev').advance('3m');
    expect(handOffCommand.options(d.state, PLAYER_ID).map((o) => o.to)).toEqual(['arjun', 'dev']);
    const waiting = d.handOff('dev').state;
    expect(handOffCommand.options(waiting, PLAYER_ID)).toEqual([]);
    expect(handOffCommand.isAvailable(waiting, PLAYER_ID)).toBe(false);
    expect(expectOptionsAccepted(handOffCommand, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});
