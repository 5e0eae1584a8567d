import { describe, expect, it } from 'vitest';
import { assignRole } from '../../../src/engine/actions/assignRole';
import { PLAYER_ID, ROLES } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('role/assigned', () => {
  it('names the role holder in the channel, and they acknowledge', () => {
    const d = drill(checkout()).claimCommand().assignRole('scribe', 'arjun');
    expect(d.state.command.roles).toEqual({ scribe: 'arjun' });
    const [assignment, ack] = d.messages.slice(-2);
    expect(assignment).toMatchObject({ from: PLAYER_ID, kind: 'assignment', mentions: ['arjun'], text: 'Arjun Mehta, you are Scribe.' });
    expect(ack).toMatchObject({ from: 'arjun', kind: 'ack', text: 'Acknowledged, I am Scribe.' });
  });

  it('moves a role to its new holder', () => {
    const d = drill(checkout()).claimCommand().page('dev').advance('3m').assignRole('comms', 'arjun').assignRole('comms', 'dev');
    expect(d.state.command.roles.comms).toBe('dev');
  });

  it('lets the commander take a role themselves, with no acknowledgement from a bot', () => {
    const d = drill(checkout()).claimCommand();
    const before = d.messages.length;
    d.assignRole('comms', PLAYER_ID);
    expect(d.state.command.roles.comms).toBe(PLAYER_ID);
    expect(d.messages.length).toBe(before + 1);
  });

  it('is only for the commander', () => {
    const d = drill(checkout());
    d.expectRejected('not-commander').assignRole('scribe', 'arjun');
    d.claimCommand().handOff('arjun').advance('1m').expectRejected('not-commander').assignRole('scribe', 'arjun');
  });

  it('refuses unknown or absent people and a role they already hold', () => {
    const d = drill(checkout()).claimCommand();
    d.expectRejected('unknown-person').assignRole('ops', 'nobody');
    d.expectRejected('not-available').assignRole('ops', 'maya');
    d.assignRole('ops', 'arjun').expectRejected('not-available').assignRole('ops', 'arjun');
    expect(d.lastRejection?.message).toMatch(/already holds/);
  });

  it('options() offers each role a present responder or manager does not hold yet', () => {
    const d = drill(checkout());
    expect(assignRole.options(d.state, PLAYER_ID)).toEqual([]);
    d.claimCommand();
    expect(assignRole.options(d.state, PLAYER_ID)).toEqual(ROLES.map((role) => ({ type: 'role/assigned', role, to: 'arjun' })));
    d.assignRole('deputy', 'arjun');
    expect(assignRole.options(d.state, PLAYER_ID).map((o) => o.role)).toEqual(ROLES.filter((r) => r !== 'deputy'));
    expect(expectOptionsAccepted(assignRole, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});
