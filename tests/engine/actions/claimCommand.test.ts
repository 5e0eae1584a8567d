import { describe, expect, it } from 'vitest';
import { claimCommand } from '../../../src/engine/actions/claimCommand';
import { attempt, PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('command/claimed', () => {
  it('makes the player the incident commander and says so in the main channel', () => {
    const d = drill(checkout()).at('1m').claimCommand();
    expect(d.state.command).toMatchObject({ ic: PLAYER_ID, claimedAt: 60, pendingHandoff: null, history: [{ at: 60, ic: PLAYER_ID, how: 'claimed' }] });
    expect(d.messages.at(-1)).toMatchObject({ at: 60, place: 'main', from: PLAYER_ID, kind: 'decision', text: 'I am the incident commander.' });
    expect(d.state.log.at(-1)).toEqual({ at: 60, action: { type: 'command/claimed' } });
  });

  it('is refused while someone has command, whoever it is', () => {
    const d = drill(checkout()).claimCommand();
    d.expectRejected('not-available').claimCommand();
    expect(d.lastRejection?.message).toMatch(/handoff/);
    // After a handoff to Arjun, the player cannot take command back by claiming it.
    d.handOff('arjun').advance('1m').expectCommander('arjun').expectRejected('not-available').claimCommand();
  });

  it('gives one commander when two players race for it', () => {
    const d = drill(checkout(), { players: ['alex', 'bo'] }).as('alex').claimCommand();
    d.as('bo').expectRejected('not-available').claimCommand();
    expect(d.state.command.ic).toBe('alex');
    expect(d.state.command.history).toHaveLength(1);
  });

  it('is refused for someone who is not playing', () => {
    const d = drill(checkout());
    const result = attempt(d.state, { type: 'command/claimed', by: 'maya' });
    expect(result.rejection?.code).toBe('unknown-person');
    expect(result.state).toBe(d.state);
  });

  it('options() offers a claim only while nobody has command, and only what check() accepts', () => {
    const d = drill(checkout());
    expect(claimCommand.options(d.state, PLAYER_ID)).toEqual([{ type: 'command/claimed' }]);
    expect(claimCommand.isAvailable(d.state, PLAYER_ID)).toBe(true);
    d.claimCommand();
    expect(claimCommand.options(d.state, PLAYER_ID)).toEqual([]);
    expect(claimCommand.isAvailable(d.state, PLAYER_ID)).toBe(false);
    expect(expectOptionsAccepted(claimCommand, walkStates())).toBeGreaterThan(0);
  });
});
