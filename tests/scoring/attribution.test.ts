import { describe, expect, it } from 'vitest';
import { attributeFindings, scoreGame } from '../../src/scoring';
import { drill } from '../helpers/drill';
import { checkout } from '../helpers/scenarios';

describe('attributeFindings', () => {
  it('gives each finding to the player whose action it is about, else to the team', () => {
    const d = drill(checkout(), { players: ['ic', 'comms'] })
      .as('ic')
      .at('6m')
      .claimCommand()
      .sev(1)
      .as('comms')
      .at('8m')
      .update()
      .as('ic')
      .toEnd();
    const findings = attributeFindings(d.state, scoreGame(d.state).findings);
    const claim = findings.find((f) => f.rule.startsWith('command.') && f.at === 360);
    expect(claim?.player).toBe('ic');
    const update = findings.find((f) => f.dimension === 'signal' && f.at === 480);
    expect(update?.player).toBe('comms');
    expect(findings.some((f) => f.player === null)).toBe(true);
  });

  it('when two players acted at that moment, the one whose action fits the dimension', () => {
    const d = drill(checkout(), { players: ['ic', 'comms'] }).as('ic').at('6m').claimCommand().as('comms').update().as('ic').sev(1).toEnd();
    const findings = attributeFindings(d.state, scoreGame(d.state).findings).filter((f) => f.at === 360);
    for (const f of findings) {
      if (f.dimension === 'severity' || f.dimension === 'command') expect(f.player, f.rule).toBe('ic');
      if (f.dimension === 'signal') expect(f.player, f.rule).toBe('comms');
    }
  });
});
