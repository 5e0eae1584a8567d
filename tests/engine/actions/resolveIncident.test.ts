import { describe, expect, it } from 'vitest';
import { resolveIncident } from '../../../src/engine/actions/resolveIncident';
import { attempt, PLAYER_ID, type Action } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('incident/resolved', () => {
  it('closes the incident and ends the drill', () => {
    const d = drill(checkout()).at('20m').resolve();
    expect(d.state).toMatchObject({ phase: 'ended', endReason: 'resolved', resolvedAt: 1200, time: 1200 });
    expect(d.messages.at(-1)).toMatchObject({ from: PLAYER_ID, kind: 'decision', text: 'Resolving the incident. Thanks, everyone.' });
  });

  it('after it, every action is refused as game over and changes nothing', () => {
    const ended = drill(checkout()).at('20m').resolve().state;
    const actions: unknown[] = [
      { type: 'clock/advanced', seconds: 60 },
      { type: 'incident/resolved' },
      { type: 'command/claimed' },
      { type: 'page/sent', to: 'maya' },
      { type: 'nonsense' },
      null,
    ];
    for (const action of actions) {
      const result = attempt(ended, action as Action);
      expect(result.rejection?.code).toBe('game-over');
      expect(result.state).toBe(ended);
    }
  });

  it('options() always offers it while the drill runs', () => {
    expect(resolveIncident.options(drill(checkout()).state, PLAYER_ID)).toEqual([{ type: 'incident/resolved' }]);
    expect(expectOptionsAccepted(resolveIncident, walkStates())).toBeGreaterThan(0);
  });
});
