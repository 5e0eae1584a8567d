import { describe, expect, it } from 'vitest';
import { drill } from '../helpers/drill';
import { checkout } from '../helpers/scenarios';

const players = ['ic', 'ops'];

describe('tasks and roles given to a player seat (game day)', () => {
  it('delegating to another seat posts the assignment; no simulated acknowledgement follows', () => {
    const d = drill(checkout(), { players }).as('ic').at('3m').claimCommand().delegate('ops', { kind: 'investigate', source: 'deploys', service: 'checkout' });
    expect(d.state.tasks.at(-1)).toMatchObject({ by: 'ic', to: 'ops', status: 'assigned' });
    expect(d.messages.at(-1)).toMatchObject({ from: 'ic', kind: 'assignment', mentions: ['ops'] });
    d.advance('15m');
    expect(d.state.tasks.at(-1)?.status).toBe('assigned');
    expect(d.findMessages({ from: 'ops' })).toHaveLength(0);
  });

  it('the seat doing the work by hand settles the task', () => {
    const d = drill(checkout(), { players }).as('ic').at('3m').claimCommand().delegate('ops', { kind: 'investigate', source: 'deploys', service: 'checkout' });
    d.as('ops').investigate('deploys', 'checkout');
    expect(d.state.tasks.at(-1)).toMatchObject({ to: 'ops', status: 'done', doneAt: 180 });
  });

  it('refuses delegating to yourself, and work that cannot be done', () => {
    const d = drill(checkout(), { players }).as('ic');
    d.expectRejected('not-available').delegate('ic', { kind: 'investigate', source: 'logs', service: 'checkout' });
    d.expectRejected('unknown-service').delegate('ops', { kind: 'investigate', source: 'logs', service: 'nowhere' });
  });

  it('a role given to a seat is recorded without a simulated acknowledgement', () => {
    const d = drill(checkout(), { players }).as('ic').claimCommand().assignRole('comms', 'ops');
    expect(d.state.command.roles.comms).toBe('ops');
    expect(d.findMessages({ from: 'ops' })).toHaveLength(0);
  });

  it('command handed to another seat passes when that player claims it', () => {
    const d = drill(checkout(), { players }).as('ic').claimCommand().handOff('ops');
    expect(d.state.command.pendingHandoff).toMatchObject({ from: 'ic', to: 'ops' });
    expect(d.messages.at(-1)).toMatchObject({ from: 'ic', text: 'ops, you are now the incident commander, okay?', mentions: ['ops'] });
    d.advance('5m').expectCommander('ic');
    d.as('ops').claimCommand().expectCommander('ops');
    expect(d.state.command.pendingHandoff).toBeNull();
    expect(d.state.command.history.at(-1)).toMatchObject({ ic: 'ops', how: 'handoff' });
    expect(d.messages.at(-1)).toMatchObject({ from: 'ops', kind: 'ack', text: expect.stringContaining('I am now the incident commander') });
  });

  it('only the seat command was handed to can take it; nobody hands command to themselves', () => {
    const d = drill(checkout(), { players: ['ic', 'ops', 'comms'] }).as('ic').claimCommand();
    d.expectRejected('not-available').handOff('ic');
    d.handOff('ops').as('comms').expectRejected('not-available').claimCommand();
  });
});
